-- The one definition of "an active member of a client's care team": a membership not yet ended,
-- with the member's OIDC subject. Every access decision and every query narrowed to the caller's
-- care teams reads this view (security/ActiveCareTeamMember), so the rule cannot drift apart
-- between them. The planner inlines it; care_team_active_by_staff serves its filter.
create view active_care_team_member as
    select m.id as member_id, m.client_id, m.staff_id, s.subject
    from care_team_member m
    join staff s on s.id = m.staff_id
    where m.until is null;
