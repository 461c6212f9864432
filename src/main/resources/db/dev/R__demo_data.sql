-- Demo data for ./mvnw quarkus:dev only (never packaged into a production migration path).
-- Fictional children; the staff subjects match the dev OIDC users maya, jordan, sam and hospital.
-- Staff are referenced by subject: a demo user who signed in before this ran already has a record.
insert into staff (id, subject, display_name, email, credentials, roles, created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000001', 'maya',     'Maya Lindgren',   'maya@example.com',   'MT-BC', '{therapist}',             now(), now()),
    ('01900000-0000-7000-8000-000000000002', 'jordan',   'Jordan Price',    'jordan@example.com', 'CCLS',  '{child-life-specialist}', now(), now()),
    ('01900000-0000-7000-8000-000000000003', 'sam',      'Sam Okonkwo',     'sam@example.com',    'MT-BC', '{supervisor}',            now(), now()),
    ('01900000-0000-7000-8000-000000000004', 'hospital', 'Riverside EHR',   null,                 null,    '{integration}',           now(), now())
on conflict (subject) do nothing;

insert into client (id, given_name, family_name, preferred_name, birth_date, facility, unit, guardians,
                    music_preferences, precautions, status, created_by, created_at, updated_at) values
    ('01900000-0000-7000-8000-000000000101', 'Ava', 'Testperson', 'Avie', '2016-05-02', 'Riverside Children''s Hospital', 'PICU',
     '[{"name": "Demo Guardian", "relationship": "mother", "phone": "+1 555 0101"}]',
     '{"genres": ["pop", "musical theatre"], "songs": ["Let It Go"], "instruments": ["ukulele", "drum"]}',
     'Contact isolation', 'active', (select id from staff where subject = 'maya'), now(), now()),
    ('01900000-0000-7000-8000-000000000102', 'Noah', 'Sample', null, '2020-11-19', 'Riverside Children''s Hospital', 'Oncology',
     '[{"name": "Demo Parent", "relationship": "father", "phone": "+1 555 0102"}]',
     '{"genres": ["lullaby"], "songs": ["Twinkle Twinkle Little Star"], "instruments": ["ocean drum"]}',
     'Neutropenic precautions', 'active', (select id from staff where subject = 'maya'), now(), now()),
    ('01900000-0000-7000-8000-000000000103', 'Lina', 'Example', null, '2012-01-30', 'Riverside Children''s Hospital', 'Rehabilitation',
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
