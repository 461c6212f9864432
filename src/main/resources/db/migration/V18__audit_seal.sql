-- Cadence schema, part 18: the audit trail, chained. The application seals the events it finds in
-- audit_event into one chain, in the order it first sees them: each seal holds a MAC of the previous
-- seal's MAC and of the event's canonical content (AuditChain). Whoever edits, deletes or back-dates
-- an event afterwards, a database superuser included, breaks the chain where the event sits, and
-- GET /api/v1/audit-events/verification finds it. With cadence.audit.chain-key set the MAC is an
-- HMAC under a key the database never sees, so nobody with only database access can recompute it.
create table audit_seal (
    position        bigint       primary key,
    -- null only in the genesis seal (position 0), which vouches for how many events came before
    event_id        uuid         unique,
    chain_mac       bytea        not null,
    algorithm       varchar(20)  not null,
    sealed_at       timestamptz  not null,
    -- genesis only: events before this instant predate the chain; there were genesis_events of them
    genesis_cutoff  timestamptz,
    genesis_events  bigint,
    constraint audit_seal_algorithm_known check (algorithm in ('hmac-sha256', 'sha256')),
    constraint audit_seal_genesis check ((position = 0) = (event_id is null)
        and (position = 0) = (genesis_cutoff is not null and genesis_events is not null))
);

create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function refuse_audit_change();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function refuse_audit_change();

do $$
declare
    application text := '${application_role}';
begin
    if application <> current_user then
        execute format('revoke update on audit_seal from %I', application);
    end if;
end
$$;
