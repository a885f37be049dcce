package com.hockeyhub.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import com.hockeyhub.shared.security.CurrentUser;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL whose data a connection is for: every checkout sets {@code hockeyhub.organization_id} to the
 * current user's club, or to {@code *} ("every club") for super admins, service tokens and work that says it spans
 * clubs ({@link AcrossClubs}: jobs, event handlers, seeds, anonymous lookups by token or address). Anything else — a
 * user without a club, an anonymous request, a thread that stated nothing — gets the nil UUID, which matches no row:
 * forgetting to say whose data it is fails closed here as it does in the database, where a connection that does not
 * come through here (psql, a tool, another pool) states nothing and sees no club's rows. Tables with the suite's tenant policy ({@code V*__row_level_security.sql} of a service) then show and
 * accept only that club's rows, whatever the query says: defence in depth under the tenant checks of the code.
 * <p>
 * The setting is session state of the pooled (physical) connection, so it is written only when it changes: a
 * checkout for the club the connection last served costs nothing extra (docs/performance.md "row-level security").
 * It is written in autocommit mode (or committed at once), so no later rollback can revert it.
 */
public class TenantScopedDataSource extends DelegatingDataSource {

    static final String SETTING = "hockeyhub.organization_id";
    static final String EVERY_CLUB = "*";
    private static final String NO_CLUB = "00000000-0000-0000-0000-000000000000";
    private static final String SET = "SELECT set_config('" + SETTING + "', ?, false)";

    /** Physical connection → the value last set on it (weak: connections the pool retires drop out). */
    private final Map<Connection, String> current = Collections.synchronizedMap(new WeakHashMap<>());

    public TenantScopedDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private Connection scoped(Connection connection) throws SQLException {
        String organization = AcrossClubs.active() ? EVERY_CLUB : CurrentUser.current()
                .map(user -> user.isPlatformWide() ? EVERY_CLUB
                        : user.organizationId() == null ? NO_CLUB : user.organizationId().toString())
                .orElse(NO_CLUB);
        try {
            Connection physical = connection.unwrap(Connection.class);
            if (organization.equals(current.get(physical))) {
                return connection;
            }
            current.remove(physical);
            try (PreparedStatement statement = connection.prepareStatement(SET)) {
                statement.setString(1, organization);
                statement.execute();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            current.put(physical, organization);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
