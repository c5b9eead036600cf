-- A run also keeps how many items its population said it held (null when the population could not say before paging
-- or could not be read) and how many pages it read, so a run answers "checked 180 of 200, 9 pages read, 1 failed".
-- Runs stored before this migration read as total unknown and no pages read.

alter table reconciliation_run add column total bigint;
alter table reconciliation_run add column pages_read bigint default 0 not null;
