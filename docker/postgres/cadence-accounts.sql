-- Cadence's two database accounts and its database (README, "Database accounts"). Run it as a
-- PostgreSQL administrator (a superuser, or a role with CREATEROLE and CREATEDB); it is safe to re-run,
-- and re-running it resets the passwords:
--   psql -h HOST -U postgres -v owner=cadence_owner -v owner_password=... -v app=cadence_app \
--        -v app_password=... -v database=cadence -f docker/postgres/cadence-accounts.sql
-- The owner owns the database and everything Flyway creates in it; the application's role gets its
-- grants from the migrations (V13) and may not inherit any other role's privileges.
\set ON_ERROR_STOP on

select format('create role %I', :'owner') where not exists (select from pg_roles where rolname = :'owner') \gexec
select format('create role %I', :'app') where not exists (select from pg_roles where rolname = :'app') \gexec
alter role :"owner" with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit
    password :'owner_password';
alter role :"app" with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit
    password :'app_password';
select format('create database %I owner %I', :'database', :'owner')
    where not exists (select from pg_database where datname = :'database') \gexec

-- PostgreSQL before 15 lets every role create tables in the public schema; 15 and later do not.
\connect :"database"
revoke create on schema public from public;
