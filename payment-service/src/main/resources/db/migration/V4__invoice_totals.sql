-- The club dashboard's running totals (issue 16, docs/performance.md "payment-service"): one row per club, currency
-- and status with the count and the exact NUMERIC sums of its live invoices, so the dashboard reads a handful of
-- rows instead of every invoice of the club.
-- Kept by a trigger on invoices, in the writing transaction: every path that changes an invoice (JPA saves of
-- issue/void/payments/refunds/instalments, the overdue sweep's bulk UPDATE, season fees, seeds, soft deletes, SQL
-- loads) goes through it, so no code path can forget it. Concurrent writers of one club serialise on the touched
-- rows only between their flush and their commit.
CREATE TABLE invoice_totals (
    organization_id uuid          NOT NULL,
    currency        text          NOT NULL,
    status          text          NOT NULL,
    invoice_count   bigint        NOT NULL DEFAULT 0 CHECK (invoice_count >= 0),
    total_sum       numeric(18,2) NOT NULL DEFAULT 0,
    paid_sum        numeric(18,2) NOT NULL DEFAULT 0,
    refunded_sum    numeric(18,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, currency, status)
);
SELECT hockeyhub_tenant_isolation('invoice_totals');

-- n = 1 counts an invoice in, n = -1 out. Out updates the row that counted it in (an insert with -1 would trip the
-- count check before ON CONFLICT is considered); a missing row means the totals drifted: fail the write, loudly.
CREATE FUNCTION invoice_totals_apply(org uuid, cur text, st text, n integer, total numeric, paid numeric,
                                     refunded numeric) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    IF n > 0 THEN
        INSERT INTO invoice_totals AS t (organization_id, currency, status, invoice_count, total_sum, paid_sum,
                                         refunded_sum)
        VALUES (org, cur, st, n, n * total, n * paid, n * refunded)
        ON CONFLICT (organization_id, currency, status) DO UPDATE
            SET invoice_count = t.invoice_count + excluded.invoice_count,
                total_sum = t.total_sum + excluded.total_sum,
                paid_sum = t.paid_sum + excluded.paid_sum,
                refunded_sum = t.refunded_sum + excluded.refunded_sum;
    ELSE
        UPDATE invoice_totals
        SET invoice_count = invoice_count + n, total_sum = total_sum + n * total, paid_sum = paid_sum + n * paid,
            refunded_sum = refunded_sum + n * refunded
        WHERE organization_id = org AND currency = cur AND status = st;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'invoice_totals has no row for % % % to take an invoice out of', org, cur, st;
        END IF;
    END IF;
END
$fn$;

CREATE FUNCTION invoice_totals_track() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    old_live boolean := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
    new_live boolean := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
BEGIN
    IF old_live AND new_live AND OLD.organization_id = NEW.organization_id AND OLD.currency = NEW.currency
            AND OLD.status = NEW.status AND OLD.total = NEW.total AND OLD.paid_amount = NEW.paid_amount
            AND OLD.refunded_amount = NEW.refunded_amount THEN
        RETURN NULL;  -- nothing the totals count changed (e.g. a reminder stamp)
    END IF;
    -- the two rows in a fixed order (status names), so two transactions never lock them crosswise
    IF old_live AND new_live AND OLD.organization_id = NEW.organization_id AND OLD.currency = NEW.currency
            AND NEW.status < OLD.status THEN
        PERFORM invoice_totals_apply(NEW.organization_id, NEW.currency, NEW.status, 1, NEW.total, NEW.paid_amount,
                                     NEW.refunded_amount);
        PERFORM invoice_totals_apply(OLD.organization_id, OLD.currency, OLD.status, -1, OLD.total, OLD.paid_amount,
                                     OLD.refunded_amount);
        RETURN NULL;
    END IF;
    IF old_live THEN
        PERFORM invoice_totals_apply(OLD.organization_id, OLD.currency, OLD.status, -1, OLD.total, OLD.paid_amount,
                                     OLD.refunded_amount);
    END IF;
    IF new_live THEN
        PERFORM invoice_totals_apply(NEW.organization_id, NEW.currency, NEW.status, 1, NEW.total, NEW.paid_amount,
                                     NEW.refunded_amount);
    END IF;
    RETURN NULL;
END
$fn$;

-- the backfill and the trigger under one lock: no invoice change slips between them
LOCK TABLE invoices IN SHARE ROW EXCLUSIVE MODE;
-- the backfill spans every club (row-level security shows a session nothing unless it says so); this transaction only
SELECT set_config('hockeyhub.organization_id', '*', true);

CREATE TRIGGER invoice_totals_track AFTER INSERT OR UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION invoice_totals_track();

INSERT INTO invoice_totals (organization_id, currency, status, invoice_count, total_sum, paid_sum, refunded_sum)
SELECT organization_id, currency, status, count(*), sum(total), sum(paid_amount), sum(refunded_amount)
FROM invoices WHERE deleted_at IS NULL
GROUP BY organization_id, currency, status;

-- the dashboard's bounded list of the longest-overdue invoices
CREATE INDEX invoices_org_overdue_idx ON invoices (organization_id, due_date, id)
    WHERE deleted_at IS NULL AND status = 'overdue';
