package com.hockeyhub.shared.testapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.CurrentUserAuthentication;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PersistenceConventionsTest {

    @Autowired
    TestRecordRepository records;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void flywayCreatedTheSchemaAndJpaRoundTrips() {
        UUID org = UUID.randomUUID();
        TestRecord saved = records.saveAndFlush(new TestRecord(org, "round-trip", 3));

        TestRecord loaded = records.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getName()).isEqualTo("round-trip");
        assertThat(loaded.getQuantity()).isEqualTo(3);
        assertThat(loaded.getCreatedAt()).isNotNull();
        assertThat(loaded.getUpdatedAt()).isNotNull();
        assertThat(loaded.getVersion()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isPositive();
    }

    @Test
    void idsAreTimeOrderedUuidVersion7() throws InterruptedException {
        UUID org = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(records.saveAndFlush(new TestRecord(org, "v7-" + i, 1)).getId());
            Thread.sleep(2);
        }
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(ids).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
    }

    @Test
    void aNewEntityMayBeGivenAFixedIdAnExistingOneNot() {
        UUID fixed = UUID.fromString("0190d000-0000-7000-8000-00000000abcd");
        jdbc.update("DELETE FROM test_records WHERE id = ?", fixed);
        TestRecord record = new TestRecord(UUID.randomUUID(), "fixed-id", 1);
        record.assignId(fixed);
        TestRecord saved = records.saveAndFlush(record);

        assertThat(saved.getId()).isEqualTo(fixed);
        assertThat(records.findById(fixed)).map(TestRecord::getName).contains("fixed-id");
        assertThatThrownBy(() -> saved.assignId(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
        TestRecord generated = records.saveAndFlush(new TestRecord(UUID.randomUUID(), "generated", 1));
        assertThat(generated.getId()).isNotEqualTo(fixed);
        assertThat(generated.getId().version()).isEqualTo(7);
    }

    @Test
    void softDeletedRowsAreInvisibleButKept() {
        TestRecord saved = records.saveAndFlush(new TestRecord(UUID.randomUUID(), "to-delete", 1));

        records.delete(saved);
        records.flush();

        assertThat(records.findById(saved.getId())).isEmpty();
        assertThat(records.findAll()).extracting(TestRecord::getId).doesNotContain(saved.getId());
        assertThat(jdbc.queryForObject("SELECT deleted_at IS NOT NULL FROM test_records WHERE id = ?", Boolean.class,
                saved.getId())).isTrue();
    }

    @Test
    void aStaleUpdateIsRejected() {
        TestRecord saved = records.saveAndFlush(new TestRecord(UUID.randomUUID(), "contended", 1));
        TestRecord first = records.findById(saved.getId()).orElseThrow();
        TestRecord second = records.findById(saved.getId()).orElseThrow();

        first.rename("first wins", 2);
        records.saveAndFlush(first);
        second.rename("second loses", 3);

        assertThatThrownBy(() -> records.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(records.findById(saved.getId()).orElseThrow().getName()).isEqualTo("first wins");
    }

    @Test
    void auditColumnsComeFromTheAuthenticatedUser() {
        UUID userId = UUID.randomUUID();
        CurrentUser user = new CurrentUser(userId, UUID.randomUUID(), "a@b.c", Set.of(Role.COACH), Set.of(), Set.of());
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject(userId.toString()).build();
        SecurityContextHolder.getContext().setAuthentication(new CurrentUserAuthentication(user, jwt));

        TestRecord saved = records.saveAndFlush(new TestRecord(user.organizationId(), "audited", 1));

        assertThat(saved.getCreatedBy()).isEqualTo(userId);
        assertThat(saved.getUpdatedBy()).isEqualTo(userId);
    }
}
