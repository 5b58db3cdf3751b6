-- The email outbox (V13) records when each message was enqueued, so that the age of the oldest
-- pending email can be watched; next_attempt_at moves with every retry and every lease.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.
ALTER TABLE outbox_message ADD COLUMN enqueued_at TIMESTAMP WITH TIME ZONE;
UPDATE outbox_message SET enqueued_at = next_attempt_at;
ALTER TABLE outbox_message ALTER COLUMN enqueued_at SET NOT NULL;

-- The monitoring query: pending messages, the oldest enqueued.
CREATE INDEX outbox_message_pending_ix ON outbox_message (status, enqueued_at);
