package com.hockeyhub.medical.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the active key changed: re-encrypts every value still under an older key with the active one, in small
 * transactions, so the old key can later be removed from the configuration. Safe to run again or concurrently
 * (a row is only rewritten while it still carries an old key id).
 */
@Service
public class KeyRotationService {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationService.class);
    static final int BATCH = 500;

    /** Every encrypted column: table, column, and how to restrict the table to one club. */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"injuries", "diagnosis", "organization_id = ?"},
            new String[] {"injuries", "notes", "organization_id = ?"},
            new String[] {"treatments", "details", "organization_id = ?"},
            new String[] {"treatments", "provider", "organization_id = ?"},
            new String[] {"medical_reports", "summary", "organization_id = ?"},
            new String[] {"wellness_entries", "notes", "organization_id = ?"},
            new String[] {"player_availability", "reason", "organization_id = ?"},
            new String[] {"return_to_play_protocols", "notes", "organization_id = ?"},
            new String[] {"return_to_play_phases", "assessment",
                "protocol_id IN (SELECT id FROM return_to_play_protocols WHERE organization_id = ?)"});

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    KeyRotationService(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Values per column and key id (e.g. {@code injuries.diagnosis -> {dev=12, prod2027=3}}). */
    public Map<String, Map<String, Long>> keyUsage() {
        Map<String, Map<String, Long>> usage = new LinkedHashMap<>();
        for (String[] c : COLUMNS) {
            Map<String, Long> byKey = new LinkedHashMap<>();
            jdbc.query("SELECT split_part(" + c[1] + ", ':', 3) AS key_id, count(*) FROM " + c[0] + " WHERE " + c[1]
                    + " IS NOT NULL GROUP BY 1 ORDER BY 1", rs -> {
                        byKey.put(rs.getString(1), rs.getLong(2));
                    });
            usage.put(c[0] + "." + c[1], byKey);
        }
        return usage;
    }

    /** Re-encrypts with {@code cipher}'s active key; {@code organizationId} null means every club. */
    public Map<String, Integer> reencrypt(FieldCipher cipher, UUID organizationId) {
        String current = FieldCipher.PREFIX + ":" + FieldCipher.FORMAT_VERSION + ":" + cipher.activeKeyId() + ":%";
        Map<String, Integer> rewritten = new LinkedHashMap<>();
        for (String[] c : COLUMNS) {
            String select = "SELECT id, " + c[1] + " FROM " + c[0] + " WHERE " + c[1] + " IS NOT NULL AND " + c[1]
                    + " NOT LIKE ?" + (organizationId == null ? "" : " AND " + c[2]) + " LIMIT " + BATCH
                    + " FOR UPDATE SKIP LOCKED";
            Object[] args = organizationId == null ? new Object[] {current} : new Object[] {current, organizationId};
            int total = 0;
            int batch;
            do {
                batch = transaction.execute(status -> {
                    List<Object[]> rows = jdbc.query(select, (rs, i) -> new Object[] {rs.getObject(1),
                            cipher.encrypt(cipher.decrypt(rs.getString(2)))}, args);
                    for (Object[] row : rows) {
                        jdbc.update("UPDATE " + c[0] + " SET " + c[1] + " = ? WHERE id = ?", row[1], row[0]);
                    }
                    return rows.size();
                });
                total += batch;
            } while (batch == BATCH);
            rewritten.put(c[0] + "." + c[1], total);
        }
        log.info("Re-encrypted medical data with key {}: {}", cipher.activeKeyId(), rewritten);
        return rewritten;
    }
}
