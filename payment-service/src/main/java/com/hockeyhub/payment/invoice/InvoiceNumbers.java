package com.hockeyhub.payment.invoice;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free invoice numbers per club and year ({@code 2026-000042}). The counter row is incremented by an upsert in
 * the issuing transaction and stays locked until that transaction ends: concurrent issues of one club queue up, and a
 * rolled-back issue rolls its number back too — so no number is skipped and none is used twice (the unique index on
 * (organization, number) checks the latter as well).
 */
@Component
class InvoiceNumbers {

    private final JdbcTemplate jdbc;

    InvoiceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Number(String text, int year, int sequence) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Number next(UUID organizationId, int year) {
        Integer sequence = jdbc.queryForObject("""
                INSERT INTO invoice_number_sequences (organization_id, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (organization_id, year)
                DO UPDATE SET last_value = invoice_number_sequences.last_value + 1
                RETURNING last_value
                """, Integer.class, organizationId, year);
        return new Number("%d-%06d".formatted(year, sequence), year, sequence);
    }
}
