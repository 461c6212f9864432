-- Cadence schema, part 8: what the progress and outcome reports read, and the parameters of an export.

-- An export's parameters (the outcome report's period, filters and grouping): codes, dates and
-- flags only, never names or free text, so that a supervisor can see what was exported.
alter table audit_event add column detail jsonb;

-- The outcome report reads a period's sessions of every status by start time; the time indexes of
-- part 4 hold completed sessions only. The included columns let that pass read the index alone.
create index session_by_start on session (starts_at)
    include (client_id, therapist_id, status, kind, ends_at);
-- A therapist's outcome report covers the sessions they delivered.
create index session_by_therapist_start on session (therapist_id, starts_at)
    include (client_id, status, kind, ends_at);
-- Referrals received, goals set and goals closed in a period.
create index referral_by_time on referral (created_at);
create index goal_by_creation on goal (created_at);
-- An achieved or discontinued goal never changes again, so its last update is when it was closed.
create index goal_closed_by_time on goal (updated_at) where status in ('achieved', 'discontinued');
-- A report for one facility or unit starts from its clients.
create index client_by_facility_unit on client (facility, unit);
-- The latest signed plan of a client: signed notes with a plan, found from the client's sessions.
create index session_note_signed_plan on session_note (session_id) where status = 'signed' and plan is not null;
