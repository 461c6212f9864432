-- Corrections without deletion (issue 13, item 6): a session, goal or assessment entered by
-- mistake is marked entered-in-error with a reason. The marking lives in its own append-only table
-- rather than on the record: a signed session's rows are frozen by the V4/V19 triggers and stay
-- exactly as signed; the record is wrong, not changed. Queries leave marked records out with
-- NOT EXISTS on the primary key.
create table entered_in_error (
    record_type varchar(20)   not null,
    record_id   uuid          not null,
    reason      varchar(2000) not null,
    marked_by   uuid          not null references staff (id),
    marked_at   timestamptz   not null,
    primary key (record_type, record_id),
    constraint entered_in_error_record_type_known check (record_type in ('session', 'goal', 'assessment'))
);

-- A marking is a record of what was decided: appended, never changed or removed.
do $$
begin
    if '${application_role}' <> current_user then
        execute format('revoke update on entered_in_error from %I', '${application_role}');
    end if;
end
$$;
