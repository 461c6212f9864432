-- Demo data for ./mvnw quarkus:dev only (never packaged into a production migration path).
-- Fictional children; the staff subjects match the dev OIDC users maya, jordan, sam and hospital.
-- Staff are referenced by subject: a demo user who signed in before this ran already has a record.
insert into staff (id, subject, display_name, email, credentials, roles, created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000001', 'maya',     'Maya Lindgren',   'maya@example.com',   'MT-BC', '{therapist}',             now(), now()),
    ('01900000-0000-7000-8000-000000000002', 'jordan',   'Jordan Price',    'jordan@example.com', 'CCLS',  '{child-life-specialist}', now(), now()),
    ('01900000-0000-7000-8000-000000000003', 'sam',      'Sam Okonkwo',     'sam@example.com',    'MT-BC', '{supervisor}',            now(), now()),
    ('01900000-0000-7000-8000-000000000004', 'hospital', 'Riverside EHR',   null,                 null,    '{integration}',           now(), now())
on conflict (subject) do nothing;

-- One hospital: a single-facility deployment needs no facility claim in tokens.
insert into facility (code, name, time_zone) values ('RCH', 'Riverside Children''s Hospital', 'America/New_York')
on conflict (code) do nothing;

insert into client (id, given_name, family_name, preferred_name, birth_date, facility, unit, guardians,
                    music_preferences, precautions, status, created_by, created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000101', 'Ava', 'Testperson', 'Avie', '2016-05-02', 'RCH', 'PICU',
     '[{"name": "Demo Guardian", "relationship": "mother", "phone": "+1 555 0101"}]',
     '{"genres": ["pop", "musical theatre"], "songs": ["Let It Go"], "instruments": ["ukulele", "drum"]}',
     'Contact isolation', 'active', (select id from staff where subject = 'maya'), now(), now()),
    ('01900000-0000-7000-8000-000000000102', 'Noah', 'Sample', null, '2020-11-19', 'RCH', 'Oncology',
     '[{"name": "Demo Parent", "relationship": "father", "phone": "+1 555 0102"}]',
     '{"genres": ["lullaby"], "songs": ["Twinkle Twinkle Little Star"], "instruments": ["ocean drum"]}',
     'Neutropenic precautions', 'active', (select id from staff where subject = 'maya'), now(), now()),
    ('01900000-0000-7000-8000-000000000103', 'Lina', 'Example', null, '2012-01-30', 'RCH', 'Rehabilitation',
     '[]', '{"genres": ["hip hop", "k-pop"], "songs": [], "instruments": ["keyboard"]}',
     'Spinal cord injury: no rotation of the trunk', 'referred', (select id from staff where subject = 'jordan'), now(), now())
on conflict (id) do nothing;

insert into client_identifier (client_id, system, value) values
    ('01900000-0000-7000-8000-000000000101', 'urn:oid:2.16.840.1.113883.3.1234.1', 'DEMO-0001'),
    ('01900000-0000-7000-8000-000000000102', 'urn:oid:2.16.840.1.113883.3.1234.1', 'DEMO-0002'),
    ('01900000-0000-7000-8000-000000000103', 'urn:oid:2.16.840.1.113883.3.1234.1', 'DEMO-0003')
on conflict do nothing;

insert into care_team_member (id, client_id, staff_id, role, since) values
    ('01900000-0000-7000-8000-000000000201', '01900000-0000-7000-8000-000000000101', (select id from staff where subject = 'maya'), 'primary-therapist', now()),
    ('01900000-0000-7000-8000-000000000202', '01900000-0000-7000-8000-000000000102', (select id from staff where subject = 'maya'), 'primary-therapist', now()),
    ('01900000-0000-7000-8000-000000000203', '01900000-0000-7000-8000-000000000101', (select id from staff where subject = 'jordan'), 'child-life-specialist', now()),
    ('01900000-0000-7000-8000-000000000204', '01900000-0000-7000-8000-000000000103', (select id from staff where subject = 'jordan'), 'child-life-specialist', now())
on conflict do nothing;

-- The care cycle under way: Lina waits in the referral queue; Ava has a final assessment, two active
-- goals and two documented sessions, the latest still waiting for its note (maya's worklist).
insert into referral (id, client_id, referred_by, reasons, priority, notes, status, client_status_at_referral,
                      created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000301', '01900000-0000-7000-8000-000000000103', (select id from staff where subject = 'jordan'),
     '{physical-rehabilitation,coping}', 'urgent', 'Frustrated in physio; responds to music with a strong beat',
     'pending', 'referred', now() - interval '2 hours', now() - interval '2 hours')
on conflict (id) do nothing;

insert into assessment (id, client_id, therapist_id, assessed_on, kind, findings, summary, recommendations, status,
                        finalized_at, finalized_by, created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000401', '01900000-0000-7000-8000-000000000101', (select id from staff where subject = 'maya'),
     current_date - 10, 'initial',
     '[{"domain": "emotional", "strengths": "Names feelings with a chart", "needs": "Anticipatory anxiety before dressing changes"},
       {"domain": "musical", "strengths": "Sings on pitch, keeps a steady beat", "needs": "None noted"}]',
     'Engaged readily with live ukulele; anxiety rose when staff entered the room.',
     'Bedside sessions three times a week; a song-based coping plan for dressing changes.',
     'final', now() - interval '10 days', (select id from staff where subject = 'maya'), now() - interval '10 days', now() - interval '10 days')
on conflict (id) do nothing;

insert into goal (id, client_id, assessment_id, domain, statement, measure_type, rating_min, rating_max, baseline, target,
                  criterion_sessions, target_date, status, created_by, created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000501', '01900000-0000-7000-8000-000000000101', '01900000-0000-7000-8000-000000000401',
     'emotional', 'Will use a self-chosen song to cope during dressing changes', 'percent', null, null, 30, 80, 2,
     current_date + 30, 'active', (select id from staff where subject = 'maya'), now() - interval '10 days', now() - interval '10 days'),
    ('01900000-0000-7000-8000-000000000502', '01900000-0000-7000-8000-000000000101', '01900000-0000-7000-8000-000000000401',
     'social', 'Will take turns in shared drumming with a parent', 'gas', null, null, -1, 1, 1,
     current_date + 30, 'active', (select id from staff where subject = 'maya'), now() - interval '10 days', now() - interval '10 days')
on conflict (id) do nothing;

insert into session (id, client_id, therapist_id, starts_at, ends_at, setting, kind, status, family_present,
                     created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000601', '01900000-0000-7000-8000-000000000101', (select id from staff where subject = 'maya'),
     date_trunc('hour', now()) - interval '7 days', date_trunc('hour', now()) - interval '7 days' + interval '40 minutes',
     'bedside', 'individual', 'completed', false, now() - interval '7 days', now() - interval '7 days'),
    ('01900000-0000-7000-8000-000000000602', '01900000-0000-7000-8000-000000000101', (select id from staff where subject = 'maya'),
     date_trunc('hour', now()) - interval '2 days', date_trunc('hour', now()) - interval '2 days' + interval '45 minutes',
     'bedside', 'family', 'completed', true, now() - interval '2 days', now() - interval '2 days')
on conflict (id) do nothing;

insert into session_intervention (session_id, position, intervention_code, song, instrument, client_response, minutes) values
    ('01900000-0000-7000-8000-000000000601', 0, 'song-for-procedural-support', 'Let It Go', 'ukulele', 'Sang the chorus during the dressing change', 15),
    ('01900000-0000-7000-8000-000000000601', 1, 'music-assisted-relaxation', null, 'ocean drum', 'Breathing slowed', 10),
    ('01900000-0000-7000-8000-000000000602', 0, 'drumming', null, 'djembe', 'Took turns with her mother', 15),
    ('01900000-0000-7000-8000-000000000602', 1, 'songwriting', null, null, 'Wrote a verse about being brave', 20)
on conflict do nothing;

insert into goal_measurement (session_id, position, goal_id, value, comment) values
    ('01900000-0000-7000-8000-000000000601', 0, '01900000-0000-7000-8000-000000000501', 50, null),
    ('01900000-0000-7000-8000-000000000601', 1, '01900000-0000-7000-8000-000000000502', -1, null),
    ('01900000-0000-7000-8000-000000000602', 0, '01900000-0000-7000-8000-000000000501', 80, 'Chose her song unprompted'),
    ('01900000-0000-7000-8000-000000000602', 1, '01900000-0000-7000-8000-000000000502', 0, null)
on conflict do nothing;

insert into session_score (session_id, scale_code, pre, post) values
    ('01900000-0000-7000-8000-000000000601', 'anxiety-nrs', 7, 4),
    ('01900000-0000-7000-8000-000000000602', 'anxiety-nrs', 6, 3),
    ('01900000-0000-7000-8000-000000000602', 'mood', 2, 4)
on conflict do nothing;

insert into session_note (id, session_id, author_id, format, subjective, objective, assessment, plan, status,
                          created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000701', '01900000-0000-7000-8000-000000000602', (select id from staff where subject = 'maya'),
     'soap', 'Said she felt brave with her mother there', 'Anxiety 6/10 before, 3/10 after; drummed in turn for 10 minutes',
     'Coping song and shared drumming are working', 'Continue; try the song without prompting next time', 'draft',
     now() - interval '2 days', now() - interval '2 days')
on conflict (id) do nothing;
