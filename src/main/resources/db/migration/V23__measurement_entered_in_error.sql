-- Corrections without deletion, for a single goal measurement (issue 13, item 6). A measurement
-- has no id of its own: it is the n-th value recorded in its session (goal_measurement's key), and
-- it can only be marked once its session is frozen by a signed note (or one awaiting
-- co-signature), so that position never changes. A draft session is corrected by editing it.
-- Like entered_in_error (V22), the marking sits beside the record, which stays exactly as signed;
-- the foreign key makes a marking of a measurement that does not exist impossible.
create table measurement_entered_in_error (
    session_id uuid          not null,
    position   integer       not null,
    reason     varchar(2000) not null,
    marked_by  uuid          not null references staff (id),
    marked_at  timestamptz   not null,
    primary key (session_id, position),
    foreign key (session_id, position) references goal_measurement (session_id, position)
);

-- Appended, never changed or removed.
do $$
begin
    if '${application_role}' <> current_user then
        execute format('revoke update on measurement_entered_in_error from %I', '${application_role}');
    end if;
end
$$;
