-- Cadence schema, part 13: least privilege. Flyway migrates as the owner of every table; the
-- application connects as its own login role (${application_role}, the datasource account), which
-- owns nothing and gets only what it needs here. Without ownership it can neither change the schema
-- nor switch off the triggers that freeze signed documentation and the audit trail, and as a
-- non-superuser it cannot set session_replication_role to bypass them.
-- Rules: read and write, never delete clinical data; append-only tables get no UPDATE; DELETE only
-- where rows are replaced wholesale (a session's or a client's element collections) or expire
-- (idempotency keys). Every table gets SELECT, INSERT and UPDATE, now and (by default privileges)
-- when later migrations create it; a migration adding a table the application must delete from, or
-- must not update, says so itself.
do $$
declare
    application text := '${application_role}';
    owned_schema text := '${flyway:defaultSchema}';
begin
    -- One account for both (a setup without separate roles): it owns everything already.
    if application = current_user then
        return;
    end if;
    execute format('grant usage on schema %I to %I', owned_schema, application);
    execute format('grant select, insert, update on all tables in schema %I to %I', owned_schema, application);
    execute format('alter default privileges in schema %I grant select, insert, update on tables to %I',
        owned_schema, application);
    execute format('grant usage on all sequences in schema %I to %I', owned_schema, application);
    execute format('alter default privileges in schema %I grant usage on sequences to %I', owned_schema, application);

    execute format('revoke all on %I from %I', '${flyway:table}', application);
    execute format('revoke update on audit_event, note_addendum, discharge from %I', application);
    execute format('revoke insert, update on scale from %I', application);
    execute format('grant delete on client_identifier, session_intervention, goal_measurement, session_score, '
        || 'idempotency_key to %I', application);
end
$$;
