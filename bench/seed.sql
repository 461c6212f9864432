-- Benchmark data for Cadence, generated in SQL (psql variables set by bench/benchlib/seed.py).
--   :clients   clients (each with a care team and two goals)
--   :sessions  sessions in all, each with 2 interventions, 1 goal measurement, 1 pre/post score
--   :big       sessions of client 1 (the deep-paging client)
--   :pool      completed sessions of client 2 without a note: each PUT+sign iteration documents one
--   :audit     audit events of history
-- Every other session has a signed SOAP note. Ids are derived from names (md5(...)::uuid), so the
-- harness knows them without asking. Runs as the superuser of the benchmark's own cluster: triggers
-- and foreign-key checks are off while loading (session_replication_role), and the big tables'
-- indexes are dropped first and built once at the end.
\set ON_ERROR_STOP on
set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 2;

-- Indexes and key constraints of the tables loaded in bulk, to rebuild after the load.
create temporary table bench_rebuild as
select 1 as step, format('alter table %I add constraint %I %s', c.conrelid::regclass::text, c.conname,
                         pg_get_constraintdef(c.oid)) as ddl,
       format('alter table %I drop constraint %I', c.conrelid::regclass::text, c.conname) as drop_ddl
from pg_constraint c
where c.contype in ('p', 'u') and c.conrelid::regclass::text in
      ('session', 'session_intervention', 'goal_measurement', 'session_score', 'session_note', 'audit_event')
union all
select 2, pg_get_indexdef(i.indexrelid), format('drop index %s', i.indexrelid::regclass::text)
from pg_index i
where i.indrelid::regclass::text in
      ('session', 'session_intervention', 'goal_measurement', 'session_score', 'session_note', 'audit_event')
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);

-- Foreign keys referencing the rebuilt unique keys depend on them: drop those too, re-add after.
create temporary table bench_foreign as
select format('alter table %I add constraint %I %s', c.conrelid::regclass::text, c.conname,
              pg_get_constraintdef(c.oid)) || ' not valid' as ddl,
       format('alter table %I drop constraint %I', c.conrelid::regclass::text, c.conname) as drop_ddl
from pg_constraint c
where c.contype = 'f' and c.confrelid::regclass::text in
      ('session', 'session_intervention', 'goal_measurement', 'session_score', 'session_note', 'audit_event');

do $$
declare r record;
begin
    for r in select drop_ddl from bench_foreign loop execute r.drop_ddl; end loop;
    for r in select drop_ddl from bench_rebuild order by step desc loop execute r.drop_ddl; end loop;
end $$;

-- Staff: the four identity-provider users (subjects set by the harness) and 150 colleagues.
insert into staff (id, subject, display_name, email, roles, active, created_at, updated_at, version) values
    (md5('st-maya')::uuid, 'bench-maya', 'Maya Lindqvist', 'maya@cadence.example.org', '{therapist}', true, now(), now(), 0),
    (md5('st-jordan')::uuid, 'bench-jordan', 'Jordan Reyes', 'jordan@cadence.example.org', '{child-life-specialist}', true, now(), now(), 0),
    (md5('st-sam')::uuid, 'bench-sam', 'Sam Okafor', 'sam@cadence.example.org', '{supervisor}', true, now(), now(), 0),
    (md5('st-integration')::uuid, 'bench-integration', 'Hospital integration', null, '{integration}', true, now(), now(), 0);
insert into staff (id, subject, display_name, email, roles, active, created_at, updated_at, version)
select md5('st-' || n)::uuid, 'bench-staff-' || n, 'Colleague ' || n, null,
       case when n % 3 = 0 then '{child-life-specialist}'::text[] else '{therapist}'::text[] end, true, now(), now(), 0
from generate_series(1, 150) n;

-- Clients 1..50 are Maya's caseload (with Jordan as their child life specialist).
create temporary table bench_client as
select n,
       md5('c' || n)::uuid as id,
       -- colleague therapists are the staff numbers not divisible by 3
       case when n <= 50 then md5('st-maya')::uuid else md5('st-' || (3 * (n % 50) + 1))::uuid end as therapist,
       case when n <= 50 then md5('st-jordan')::uuid else md5('st-' || (3 * (1 + n % 50)))::uuid end as ccls
from generate_series(1, :clients) n;

insert into facility (code, name, time_zone) values ('Children''s Hospital', 'Children''s Hospital', 'America/New_York')
on conflict (code) do nothing;

insert into client (id, given_name, family_name, preferred_name, birth_date, facility, unit, guardians,
                    music_preferences, precautions, status, created_by, created_at, updated_at, version)
select c.id,
       (array['Mila', 'Noah', 'Ava', 'Leo', 'Zoe', 'Eli', 'Ivy', 'Kai', 'Nia', 'Sam'])[1 + n % 10],
       (array['Okafor', 'Lindqvist', 'Reyes', 'Nguyen', 'Haddad', 'Kowalski', 'Moreau', 'Tanaka', 'Silva'])[1 + n % 9] || '-' || n,
       case when n % 4 = 0 then 'Bee' end,
       date '2008-01-01' + (n * 37) % 6000,
       'Children''s Hospital',
       (array['PICU', 'Oncology', 'Cardiology', 'NICU', 'Rehabilitation'])[1 + n % 5],
       jsonb_build_array(jsonb_build_object('name', 'Parent ' || n, 'relationship', 'mother', 'phone', '+1-555-01' || lpad((n % 100)::text, 2, '0'))),
       jsonb_build_object('genres', jsonb_build_array('pop', 'folk'), 'songs', jsonb_build_array('How Far I''ll Go'),
                          'instruments', jsonb_build_array('guitar', 'ukulele')),
       case when n % 7 = 0 then 'Contact isolation' end,
       'active', c.therapist, now() - interval '800 days', now() - interval '800 days', 0
from bench_client c;

insert into client_identifier (client_id, system, value)
select id, 'urn:oid:2.16.840.1.113883.3.1234.1', 'MRN-' || lpad(n::text, 7, '0') from bench_client;

insert into care_team_member (id, client_id, staff_id, role, since, until, added_by, ended_by, version)
select md5('ctm-p' || n)::uuid, id, therapist, 'primary-therapist', now() - interval '800 days', null::timestamptz,
       null::uuid, null::uuid, 0
from bench_client
union all
select md5('ctm-c' || n)::uuid, id, ccls, 'child-life-specialist', now() - interval '800 days', null, null, null, 0
from bench_client
-- A former team member, so the care-team check always has ended memberships to skip.
union all
select md5('ctm-x' || n)::uuid, id, md5('st-' || (3 * (n % 50) + 2))::uuid, 'therapist', now() - interval '900 days',
       now() - interval '850 days', null, null, 0
from bench_client where n > 50;

insert into goal (id, client_id, assessment_id, domain, statement, measure_type, rating_min, rating_max, baseline,
                  target, criterion_sessions, target_date, status, created_by, created_at, updated_at, version)
select md5('g' || c.n || '-' || j)::uuid, c.id, null, (array['emotional', 'physical'])[j],
       'Goal ' || j || ' of client ' || c.n, 'percent', null, null, 20, 80, 3, null, 'active', c.therapist,
       now() - interval '800 days', now() - interval '800 days', 0
from bench_client c cross join generate_series(1, 2) j;

-- Sessions. Client 1 has :big of them, client 2 the PUT+sign pool; the rest are spread over clients 3.. .
create temporary table bench_session as
select 'b' || k as key, 1 as client_n, k as k from generate_series(1, :big) k
union all
select 'nb' || k, 2, k from generate_series(1, :pool) k
union all
select 's' || k, 3 + k % (:clients - 2), k from generate_series(1, :sessions - :big - :pool) k;

insert into session (id, client_id, therapist_id, starts_at, ends_at, setting, kind, status, family_present,
                     created_at, updated_at, version)
select md5(s.key)::uuid, c.id, c.therapist,
       date_trunc('minute', now()) - ((s.k * 7919::bigint) % (730 * 1440)) * interval '1 minute',
       date_trunc('minute', now()) - ((s.k * 7919::bigint) % (730 * 1440)) * interval '1 minute' + interval '40 minutes',
       (array['bedside', 'playroom', 'group-room', 'telehealth', 'other'])[1 + s.k % 5], 'individual', 'completed',
       s.k % 3 = 0, now() - interval '1 day', now() - interval '1 day', 0
from bench_session s join bench_client c on c.n = s.client_n;

insert into session_intervention (session_id, position, intervention_code, song, instrument, client_response, minutes)
select md5(s.key)::uuid, p,
       (array['therapeutic-singing', 'song-choice', 'movement-to-music', 'receptive-listening', 'music-assisted-relaxation',
              'songwriting', 'instrumental-improvisation', 'instrument-play', 'lullaby', 'song-for-procedural-support'])
           [1 + (s.k + p * 3) % 10],
       case when p = 0 then 'How Far I''ll Go' end, case when p = 1 then 'ukulele' end, 'engaged', 10 + p * 5
from bench_session s cross join generate_series(0, 1) p;

insert into goal_measurement (session_id, position, goal_id, value, comment)
select md5(s.key)::uuid, 0, md5('g' || s.client_n || '-1')::uuid, 20 + s.k % 70, null
from bench_session s;

insert into session_score (session_id, scale_code, pre, post)
select md5(s.key)::uuid, (array['pain-nrs', 'flacc', 'faces-pain', 'anxiety-nrs', 'relaxation'])[1 + s.k % 5],
       4 + s.k % 6, 1 + s.k % 5
from bench_session s;

insert into session_note (id, session_id, author_id, format, subjective, objective, assessment, plan, narrative, status,
                          signed_by, signed_at, content_sha256, created_at, updated_at, version)
select md5('n' || s.key)::uuid, md5(s.key)::uuid, c.therapist, 'soap',
       'Anxious before the dressing change', 'Anxiety 7/10 before, 3/10 after singing',
       'Song-based coping is taking hold', 'Continue three times a week', null, 'signed',
       c.therapist, now() - interval '1 day', encode(sha256(convert_to(s.key, 'UTF8')), 'hex'),
       now() - interval '1 day', now() - interval '1 day', 1
from bench_session s join bench_client c on c.n = s.client_n
where s.client_n <> 2;

-- Audit history: reads, searches and changes over the last year.
insert into audit_event (id, occurred_at, actor_subject, actor_roles, action, resource_type, resource_id, client_id,
                         outcome, request_id, source_address, http_method, path)
select md5('a' || k)::uuid, now() - ((k * 104729::bigint) % (365 * 86400)) * interval '1 second',
       'bench-staff-' || (1 + k % 150), '{therapist}', (array['read', 'read', 'search', 'create', 'update'])[1 + k % 5],
       'client', null, md5('c' || (1 + k % :clients))::uuid,
       case when k % 50 = 0 then 'not-found' else 'success' end, md5('r' || k), '10.0.0.' || (k % 200),
       case when k % 5 < 3 then 'GET' else 'POST' end, '/api/v1/clients/' || md5('c' || (1 + k % :clients))::uuid
from generate_series(1, :audit) k;

do $$
declare r record;
begin
    for r in select ddl from bench_rebuild order by step loop execute r.ddl; end loop;
    for r in select ddl from bench_foreign loop execute r.ddl; end loop;
end $$;

reset session_replication_role;
vacuum analyze;
