-- Cadence schema, part 3: assessments of strengths and needs, and the individualized goals they motivate.

create table assessment (
    id              uuid primary key,
    client_id       uuid          not null references client (id),
    therapist_id    uuid          not null references staff (id),
    assessed_on     date          not null,
    kind            varchar(20)   not null,
    -- [{domain, strengths, needs}], at most one entry per domain (checked by the application)
    findings        jsonb         not null default '[]',
    summary         varchar(4000),
    recommendations varchar(4000),
    status          varchar(10)   not null,
    finalized_at    timestamptz,
    finalized_by    uuid          references staff (id),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint assessment_kind_known check (kind in ('initial', 'reassessment', 'discharge')),
    constraint assessment_status_known check (status in ('draft', 'final')),
    constraint assessment_final_is_recorded check ((status = 'final') = (finalized_at is not null))
);
create index assessment_by_client on assessment (client_id, assessed_on desc, id desc);

create table goal (
    id                 uuid primary key,
    client_id          uuid          not null references client (id),
    assessment_id      uuid          references assessment (id),
    domain             varchar(20)   not null,
    statement          varchar(2000) not null,
    measure_type       varchar(20)   not null,
    -- a rating goal names its own scale; the other measure types have fixed ranges
    rating_min         numeric(12, 2),
    rating_max         numeric(12, 2),
    baseline           numeric(12, 2),
    target             numeric(12, 2) not null,
    criterion_sessions integer       not null default 1,
    target_date        date,
    status             varchar(20)   not null,
    created_by         uuid          references staff (id),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint goal_domain_known
        check (domain in ('physical', 'emotional', 'cognitive', 'social', 'communication', 'musical')),
    constraint goal_measure_known check (measure_type in ('percent', 'count', 'duration-seconds', 'rating', 'gas')),
    constraint goal_status_known check (status in ('proposed', 'active', 'on-hold', 'achieved', 'discontinued')),
    constraint goal_rating_scale check ((measure_type = 'rating') = (rating_min is not null and rating_max is not null)
        and (rating_min is null or rating_min < rating_max)),
    constraint goal_criterion_positive check (criterion_sessions between 1 and 100)
);
create index goal_by_client on goal (client_id, id);
