-- The packed trail (issue 18): a sync's steps kept in the row of the outcome they led to (core's TrailGroup), instead
-- of a row each. Written one row each, a create's five steps and its outcome were 57 % of the sync's statement time
-- and 83 % of its WAL (docs/benchmarks.md). A step shares its outcome's domain, prisoner, booking and ids, so only
-- its name, time and own facts are kept; readers unpack them and answer the same entries as before.
--
-- first_at:   the earliest step's time (NULL when the row holds one entry); at stays the row's latest time
-- step_count: how many steps the row holds, so forgetting can say how many entries went
-- steps:      one line per step, each line "\n<name> <epoch microseconds> <form-encoded facts>" (NULL when none);
--             each line begins with a newline so a step name is found with LIKE '%\n<name> %'
-- Rows written before this migration hold one entry each and read as they did.

alter table event_trail add column first_at timestamp;
alter table event_trail add column step_count integer default 0 not null;
alter table event_trail add column steps varchar;
