-- H2 has no SQL triggers (only Java ones): on the embedded database the audit log is append-only
-- because the application offers no way to change it. This migration keeps the version numbers the
-- same on both databases.
SELECT 1;
