-- Tests only: the facilities the shared test fixtures name (support/Clients, the ClientRequest
-- example of the OpenAPI document), in the test program's time zone. Tests that need facilities
-- of their own create them (support/Facilities).
insert into facility (code, name, time_zone) values
    ('RCH', 'Riverside Children''s Hospital', 'America/New_York'),
    ('Riverside Children''s Hospital', 'Riverside Children''s Hospital', 'America/New_York')
on conflict (code) do nothing;
