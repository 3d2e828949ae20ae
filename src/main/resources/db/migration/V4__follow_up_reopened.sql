-- A follow-up action marked done can be reopened when it turns out not to be finished after all. When that last
-- happened is kept beside when it was done (who did it is in the audit trail).
alter table follow_up_action add column reopened_at timestamptz;
