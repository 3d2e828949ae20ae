-- The overdue report counts what is late per body that must act (every late item, grouped), then lists one body's
-- items a page at a time. Each index below lets one branch of that reading come from an index alone.

-- Recommendations past their target date, by body then date: without it, counting them read the whole
-- recommendation table (100,000 pages at national scale, over a second).
create index recommendation_open_target_idx on recommendation (responsible_organisation_id, target_date) include (id)
    where status not in ('IMPLEMENTED', 'REJECTED') and target_date is not null;

-- Open follow-up actions by the body that owns them: one body's late actions, and those with no owner (whose body
-- is the recommendation's responsible one), without visiting every open action.
create index follow_up_action_open_owner_idx on follow_up_action (owner_organisation_id, due_date)
    include (recommendation_id, id) where not done;

-- Counting late actions per owner reads the owner with the due date: the open actions by due date carry it now. The
-- key and condition are unchanged, so this serves every query the index it replaces did.
drop index follow_up_action_open_due_idx;
create index follow_up_action_open_due_idx on follow_up_action (due_date) include (owner_organisation_id)
    where not done;
