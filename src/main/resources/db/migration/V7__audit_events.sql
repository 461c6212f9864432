-- Cadence schema, part 7: the audit trail. One row per request that reads, searches, creates,
-- changes, signs, adds to or exports client data, or is refused doing so. Rows hold ids, codes and
-- addresses only: never names, note text or search terms.

create table audit_event (
    id             uuid primary key,
    occurred_at    timestamptz  not null,
    -- null when the caller presented no valid token
    actor_subject  varchar(255),
    actor_roles    text[]       not null default '{}',
    action         varchar(20)  not null,
    resource_type  varchar(40)  not null,
    resource_id    varchar(100),
    client_id      uuid,
    outcome        varchar(20)  not null,
    request_id     varchar(100) not null,
    source_address varchar(100),
    http_method    varchar(10)  not null,
    -- the path only (ids, never the query string, which may carry a name search)
    path           varchar(500) not null,
    constraint audit_event_action_known
        check (action in ('read', 'search', 'create', 'update', 'sign', 'addendum', 'export', 'delete')),
    constraint audit_event_outcome_known check (outcome in ('success', 'denied', 'not-found', 'error'))
);
-- GET /audit-events: newest first, overall and filtered by client or actor.
create index audit_event_by_time on audit_event (occurred_at desc, id desc);
create index audit_event_by_client on audit_event (client_id, occurred_at desc, id desc) where client_id is not null;
create index audit_event_by_actor on audit_event (actor_subject, occurred_at desc, id desc);

-- Append-only, whoever connects: the database refuses to change or remove an event.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only' using errcode = 'CAD01';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_audit_change();
