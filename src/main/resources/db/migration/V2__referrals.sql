-- Cadence schema, part 2: referrals of children to music therapy, and the decision to take them on.

create table referral (
    id                        uuid primary key,
    client_id                 uuid          not null references client (id),
    referred_by               uuid          not null references staff (id),
    reasons                   text[]        not null,
    priority                  varchar(10)   not null,
    -- The queue shows urgent referrals first; a stored rank lets one index serve that order.
    priority_rank             smallint      not null generated always as
                                  (case when priority = 'urgent' then 0 else 1 end) stored,
    notes                     varchar(4000),
    status                    varchar(10)   not null,
    -- A declined referral of a returning (discharged) child puts the child back where it was.
    client_status_at_referral varchar(20)   not null,
    decided_by                uuid          references staff (id),
    decided_at                timestamptz,
    decline_reason            varchar(2000),
    -- Who took the child on when the referral was accepted, and in which care-team role.
    assigned_therapist_id     uuid          references staff (id),
    assigned_role             varchar(30),
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   bigint        not null default 0,
    constraint referral_reasons_known check (cardinality(reasons) between 1 and 10 and reasons <@ array[
        'anxiety', 'pain', 'coping', 'emotional-support', 'developmental', 'physical-rehabilitation',
        'social-isolation', 'family-support', 'end-of-life', 'other']::text[]),
    constraint referral_priority_known check (priority in ('routine', 'urgent')),
    constraint referral_status_known check (status in ('pending', 'accepted', 'declined')),
    constraint referral_client_status_known check (client_status_at_referral in
        ('referred', 'active', 'on-hold', 'discharged', 'entered-in-error')),
    constraint referral_decision_recorded check (
        (status = 'pending') = (decided_at is null) and (status = 'pending') = (decided_by is null)),
    constraint referral_decline_has_reason check ((status = 'declined') = (decline_reason is not null)),
    constraint referral_assignment_on_accept check (
        (assigned_therapist_id is null) = (assigned_role is null)
        and (assigned_role is null or status = 'accepted')
        and (assigned_role is null or assigned_role in ('primary-therapist', 'therapist')))
);

-- The queue: one status, urgent first, then oldest first; keyset paging seeks into this index.
create index referral_queue on referral (status, priority_rank, created_at, id);
-- A child waits in the queue once: a second referral while one is pending is refused.
create unique index referral_one_pending_per_client on referral (client_id) where status = 'pending';
create index referral_by_client on referral (client_id, created_at);
-- A child life specialist sees the referrals they made.
create index referral_by_referrer on referral (referred_by, status);
