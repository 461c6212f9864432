#!/usr/bin/env bash
# A child's course of music therapy through Cadence's API, from referral to discharge.
# Needs curl and jq, and Cadence in dev mode (./mvnw quarkus:dev). Paste it step by step or run it
# whole: bash docs/walkthrough.sh. WalkthroughTest runs this file in the build, and README shows it.
set -euo pipefail

BASE=${CADENCE_URL:-http://localhost:8080}
API=$BASE/api/v1
# Dev mode signs demo users in at a fixed address on Cadence's own port (any password works).
TOKEN_URL=${CADENCE_TOKEN_URL:-$BASE/q/dev-oidc/token}
# A new medical record number on every run, so the walkthrough can be repeated.
MRN=${MRN:-MRN-$(date +%s)}

token() {
  curl -sS --fail-with-body -X POST "$TOKEN_URL" -d grant_type=password -d client_id=cadence-api \
       -d username="$1" -d password=demo | jq -r .access_token
}
# -sS: quiet but for errors; --fail-with-body: stop on an HTTP error and show its problem document.
api() { curl -sS --fail-with-body -H 'Content-Type: application/json' "$@"; }

CCLS=$(token jordan)   # child life specialist
MT=$(token maya)       # music therapist
SUP=$(token sam)       # supervisor

# 1. A child life specialist refers a new child and joins the child's care team.
REFERRAL=$(api -X POST "$API/referrals" -H "Authorization: Bearer $CCLS" -d '{
  "client": {"givenName": "Mila", "familyName": "Okafor", "birthDate": "2017-03-14", "unit": "PICU",
             "identifiers": [{"system": "urn:oid:2.16.840.1.113883.3.1234.1", "value": "'"$MRN"'"}]},
  "reasons": ["anxiety"], "priority": "urgent",
  "notes": "Very anxious before dressing changes; loves Moana songs"}' | jq -r .id)
CLIENT=$(api "$API/referrals/$REFERRAL" -H "Authorization: Bearer $CCLS" | jq -r .clientId)

# 2. A therapist reads the queue (urgent first, then oldest) and accepts the referral: they become
#    the primary therapist and the child becomes active. (Declining needs {"reason": "..."}.)
api "$API/referrals?limit=5" -H "Authorization: Bearer $MT" | jq -r '.items[] | "\(.priority) \(.id)"'
api -X POST "$API/referrals/$REFERRAL/accept" -H "Authorization: Bearer $MT" | jq -r .status

# 3. An assessment is written as a draft, then finalized; from then on it is read-only.
ASSESSMENT=$(api -X POST "$API/clients/$CLIENT/assessments" -H "Authorization: Bearer $MT" -d '{
  "assessedOn": "2025-03-03", "kind": "initial",
  "findings": [{"domain": "emotional", "strengths": "Names feelings", "needs": "Anticipatory anxiety"}],
  "summary": "Engages with live guitar"}' | jq -r .id)
api -X POST "$API/assessments/$ASSESSMENT/finalize" -H "Authorization: Bearer $MT" | jq -r .status

# 4. An individualized goal, measured in percent, met after two sessions at or above 80%.
GOAL=$(api -X POST "$API/clients/$CLIENT/goals" -H "Authorization: Bearer $MT" -d '{
  "domain": "emotional", "statement": "Will use a chosen song to cope during dressing changes",
  "measure": {"type": "percent"}, "baseline": 30, "target": 80,
  "criterion": {"consecutiveSessions": 2}, "status": "active", "assessmentId": "'"$ASSESSMENT"'"}' | jq -r .id)

# 5. Interventions come from the catalog (filter it by category: singing, moving, listening,
#    creating) and pre/post scores from the seeded scales.
api "$API/interventions?category=singing" -H "Authorization: Bearer $MT" | jq -r '.items[].code'
api "$API/scales" -H "Authorization: Bearer $MT" | jq -r '.items[].code'
SESSION=$(api -X POST "$API/clients/$CLIENT/sessions" -H "Authorization: Bearer $MT" -d '{
  "startsAt": "2025-03-05T10:00:00-05:00", "endsAt": "2025-03-05T10:40:00-05:00",
  "setting": "bedside", "kind": "individual", "status": "completed", "familyPresent": true,
  "interventions": [{"code": "song-for-procedural-support", "song": "How Far I Will Go", "minutes": 15}],
  "measurements": [{"goalId": "'"$GOAL"'", "value": 60}],
  "scores": [{"scale": "anxiety-nrs", "pre": 7, "post": 3}]}' | jq -r .id)

# 6. The session waits on the therapist's worklist until its note is signed. Write the note, sign
#    it: from then on the note and its session answer 409 to any change.
api "$API/worklist/unsigned-notes" -H "Authorization: Bearer $MT" | jq -r '.items[].sessionId'
api -X PUT "$API/sessions/$SESSION/note" -H "Authorization: Bearer $MT" -d '{"format": "soap",
  "subjective": "Scared of the bandage change", "objective": "Anxiety 7/10 before, 3/10 after",
  "assessment": "Song-based coping is taking hold", "plan": "Continue three times a week"}' | jq -r .status
api -X POST "$API/sessions/$SESSION/note/sign" -H "Authorization: Bearer $MT" | jq -r .contentSha256

# 7. The child life specialist adds an observation: an addendum, signed when written.
api -X POST "$API/sessions/$SESSION/note/addenda" -H "Authorization: Bearer $CCLS" \
  -d '{"text": "Hummed her song through the next IV start."}' | jq -r .authorRole

# 8. Progress: the goal's series as JSON or as a chart, and the child's progress report as a PDF.
api "$API/goals/$GOAL/progress" -H "Authorization: Bearer $MT" | jq -c '[.measurements[].value, .criterionMet]'
api "$API/goals/$GOAL/progress" -H "Authorization: Bearer $MT" -H 'Accept: image/svg+xml' -o progress.svg
api "$API/clients/$CLIENT/progress-report" -H "Authorization: Bearer $MT" -H 'Accept: application/pdf' \
  -o progress-report.pdf

# 9. Discharge, with every open goal's outcome. New sessions for the child now answer 409.
api -X POST "$API/clients/$CLIENT/discharge" -H "Authorization: Bearer $MT" -d '{
  "reason": "goals-met", "goalOutcomes": [{"goalId": "'"$GOAL"'", "status": "achieved"}],
  "recommendations": "Keep the song plan at home"}' | jq -r .reason

# 10. A supervisor reads who did what to this child's record.
api "$API/audit-events?clientId=$CLIENT&limit=100" -H "Authorization: Bearer $SUP" \
  | jq -r '.items[] | "\(.occurredAt) \(.action) \(.outcome)"'
echo "client $CLIENT discharged"
