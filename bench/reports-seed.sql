-- Seeds a program year for the report benchmarks, by SQL alone (no API), into facility :'facility':
-- :clients children with a referral and a goal each, 20 therapists, and :sessions sessions spread over
-- the year :'year' in America/New_York. 90% of the sessions are completed, 6% cancelled, 4% missed;
-- a completed session has one or two interventions, an anxiety pre/post score, a goal measurement and,
-- for 19 sessions in 20, a signed note. Client number 1 gets every 50th session, so one child has a
-- long history (for the progress report). Values are deterministic functions of the row number.
-- Used by bench/reports.sh (psql variables) and by ReportCostTest (the same placeholders, replaced).

insert into staff (id, subject, display_name, credentials, roles, created_at, updated_at)
select gen_random_uuid(), 'bench-' || :'run' || '-therapist-' || t, 'Bench Therapist ' || t, 'MT-BC', '{therapist}',
       now(), now()
from generate_series(1, 20) t;

insert into facility (code, name, time_zone) values (:'facility', :'facility', 'America/New_York')
on conflict (code) do nothing;

insert into client (id, given_name, family_name, birth_date, facility, unit, status, created_at, updated_at)
select gen_random_uuid(), 'Bench', 'Child ' || c, date '2015-01-01' + c % 3000, :'facility',
       (array['PICU', 'Oncology', 'Rehabilitation', 'NICU'])[1 + c % 4], 'active', now(), now()
from generate_series(1, :clients) c;

create temporary table bench_client as
select id, row_number() over (order by id) as n from client where facility = :'facility';
create temporary table bench_therapist as
select id, row_number() over (order by id) as n from staff where subject like 'bench-' || :'run' || '-therapist-%';

insert into care_team_member (id, client_id, staff_id, role, since)
select gen_random_uuid(), c.id, t.id, 'primary-therapist', timestamptz (:'year' || '-01-01 00:00 America/New_York')
from bench_client c join bench_therapist t on t.n = 1 + c.n % 20;

insert into referral (id, client_id, referred_by, reasons, priority, status, client_status_at_referral, decided_by,
                      decided_at, assigned_therapist_id, assigned_role, created_at, updated_at)
select gen_random_uuid(), c.id, t.id, '{anxiety}', 'routine', 'accepted', 'referred', t.id,
       timestamptz (:'year' || '-01-01 09:00 America/New_York') + (c.n % 360) * interval '1 day' + interval '1 day',
       t.id, 'primary-therapist',
       timestamptz (:'year' || '-01-01 09:00 America/New_York') + (c.n % 360) * interval '1 day',
       now()
from bench_client c join bench_therapist t on t.n = 1 + c.n % 20;

insert into goal (id, client_id, domain, statement, measure_type, baseline, target, criterion_sessions, status,
                  created_by, created_at, updated_at)
select gen_random_uuid(), c.id, 'emotional', 'Uses a coping song during procedures', 'percent', 20, 80, 3,
       case when c.n % 10 = 0 then 'achieved' else 'active' end, t.id,
       timestamptz (:'year' || '-01-02 09:00 America/New_York') + (c.n % 360) * interval '1 day',
       timestamptz (:'year' || '-01-02 09:00 America/New_York') + (c.n % 360) * interval '1 day'
from bench_client c join bench_therapist t on t.n = 1 + c.n % 20;

create temporary table bench_session as
select gen_random_uuid() as id, i,
       case when i % 50 = 0 then 1 else 1 + i % :clients end as client_n,
       timestamptz (:'year' || '-01-01 08:00 America/New_York')
           + (i::bigint * 364 * 86400 / :sessions) * interval '1 second' as starts_at,
       case when i % 50 < 3 then 'cancelled' when i % 50 < 5 then 'no-show' else 'completed' end as status
from generate_series(1, :sessions) i;

insert into session (id, client_id, therapist_id, starts_at, ends_at, setting, kind, status, cancellation_reason,
                     family_present, created_at, updated_at, version)
select s.id, c.id, t.id, s.starts_at,
       case when s.status = 'completed' then s.starts_at + (30 + s.i % 4 * 5) * interval '1 minute' end,
       (array['bedside', 'playroom', 'group-room', 'telehealth'])[1 + s.i % 4],
       (array['individual', 'individual', 'family', 'co-treatment'])[1 + s.i % 4], s.status,
       -- a missed session says why (group sessions are records of their own, not seeded here)
       case when s.status <> 'completed' then (array['asleep', 'procedure', 'medical', 'isolation', 'discharged',
           'declined', 'therapist-unavailable', 'other'])[1 + s.i / 50 % 8] end,
       s.i % 3 = 0, now(), now(), 0
from bench_session s join bench_client c on c.n = s.client_n join bench_therapist t on t.n = 1 + s.client_n % 20;

create temporary table bench_code as
select code, row_number() over (order by code) - 1 as n from intervention;

insert into session_intervention (session_id, position, intervention_code, minutes)
select s.id, p, b.code, 10 + p * 5
from bench_session s cross join generate_series(1, 2) p
     join bench_code b on b.n = (s.i * 7 + p) % (select count(*) from bench_code)
where s.status = 'completed' and (p = 1 or s.i % 2 = 0);

insert into session_score (session_id, scale_code, pre, post)
select s.id, 'anxiety-nrs', 4 + s.i % 6, greatest(0, 4 + s.i % 6 - s.i % 5)
from bench_session s where s.status = 'completed';

insert into goal_measurement (session_id, position, goal_id, value)
select s.id, 1, g.id, least(100, 20 + s.i % 9 * 10)
from bench_session s join bench_client c on c.n = s.client_n join goal g on g.client_id = c.id
where s.status = 'completed';

insert into session_note (id, session_id, author_id, format, plan, status, signed_by, signed_at, content_sha256,
                          created_at, updated_at, version)
select gen_random_uuid(), s.id, t.id, 'soap', 'Continue twice weekly.', 'signed', t.id, s.starts_at + interval '2 hours',
       repeat('0', 64), now(), now(), 0
from bench_session s join bench_therapist t on t.n = 1 + s.client_n % 20
where s.status = 'completed' and s.i % 20 <> 7;

analyze;
