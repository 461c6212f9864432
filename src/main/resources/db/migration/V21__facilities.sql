-- Cadence schema, part 21: facilities (the hospitals a program serves) as records, the facilities
-- staff belong to, and the offset a session's times were sent with.

-- A facility: a short code (e.g. STJ), its name and the IANA time zone its dates are shown in.
create table facility (
    code        varchar(200) primary key,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

-- Clients kept their facility as free text; every distinct value becomes a facility (code and name
-- the text itself, in the program's time zone) so the column can become a reference to it.
insert into facility (code, name, time_zone)
select distinct facility, facility, '${program_time_zone}' from client where facility is not null;
alter table client add constraint client_facility_known foreign key (facility) references facility (code);

-- The facilities a staff member works at (set by a supervisor on the staff record). A token claim,
-- when present, takes precedence over these rows.
create table staff_facility (
    staff_id       uuid         not null references staff (id),
    facility_code  varchar(200) not null references facility (code),
    primary key (staff_id, facility_code)
);
create index staff_facility_by_facility on staff_facility (facility_code);

-- Whether a caller known only by their staff record reaches a client of this facility: a facility
-- listed on their record; or, when their record lists none, every facility if the deployment has
-- at most one (or is lenient). A client without a facility is reached only through "every facility".
-- The one place the staff-record rule is written; AccessPolicy's statements call it.
create function facility_reached(caller_subject text, client_facility text, lenient boolean) returns boolean
language sql stable as $$
    select case
        when exists (select 1 from staff_facility sf join staff s on s.id = sf.staff_id
                     where s.subject = caller_subject)
            then client_facility is not null and exists (
                select 1 from staff_facility sf join staff s on s.id = sf.staff_id
                where s.subject = caller_subject and sf.facility_code = client_facility)
        else lenient or (select count(*) from facility) <= 1
    end
$$;

-- The offset (in seconds) a session's start and end were sent with: timestamptz keeps the instant
-- only, and a client gets back the offset it sent. Null for sessions recorded before this part (UTC).
alter table session add column starts_at_offset integer;
alter table session add column ends_at_offset integer;
alter table group_session add column starts_at_offset integer;
alter table group_session add column ends_at_offset integer;

-- Staff facilities are replaced wholesale when a supervisor sets them.
do $$
declare
    application text := '${application_role}';
begin
    if application <> current_user then
        execute format('grant delete on staff_facility to %I', application);
    end if;
end
$$;
