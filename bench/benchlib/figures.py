"""What the benchmark measures: each figure is one or more HTTP requests per iteration, made by one
caller. Ids come from the seed (bench/seed.sql), which derives them from names."""
import datetime
import hashlib
import json
import uuid
from dataclasses import dataclass, field


def seeded_id(name):
    """The id seed.sql gives a row: md5(name)::uuid."""
    return str(uuid.UUID(hashlib.md5(name.encode()).hexdigest()))


POOL_PREFIX = "nb"


def pool_session(k):
    return seeded_id(f"{POOL_PREFIX}{k}")


# The concurrency the throughput targets are set at (c=16).
CONNECTIONS = 16


@dataclass
class Step:
    method: str
    path: str  # "{session}" stands for the iteration's pool session
    body: str = None


@dataclass
class Figure:
    key: str
    title: str
    caller: str  # "therapist" or "supervisor"
    steps: list
    uses_pool: bool = False
    # Endpoints another branch is building: measured only when the packaged app has them.
    optional: bool = False
    threads_per_connection: bool = False  # one wrk thread per connection, so each keeps its step order
    notes: list = field(default_factory=list)
    # Concurrent requests (wrk connections, pgbench clients), unless the figure says otherwise.
    connections: int = CONNECTIONS
    # Seconds per run when the scale's own are too short for a request of seconds (0: the scale's).
    min_duration: int = 0


def session_body():
    start = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) - datetime.timedelta(days=1)
    return json.dumps({
        "startsAt": start.isoformat(),
        "endsAt": (start + datetime.timedelta(minutes=40)).isoformat(),
        "setting": "bedside", "kind": "individual", "status": "completed", "familyPresent": True,
        "interventions": [
            {"code": "song-for-procedural-support", "song": "How Far I'll Go", "minutes": 15},
            {"code": "instrument-play", "instrument": "ukulele", "minutes": 10}],
        "measurements": [{"goalId": seeded_id("g3-1"), "value": 60}],
        "scores": [{"scale": "anxiety-nrs", "pre": 7, "post": 3}],
    }, separators=(",", ":"))


NOTE_BODY = json.dumps({"format": "soap", "subjective": "Scared of the bandage change",
                        "objective": "Anxiety 7/10 before, 3/10 after", "assessment": "Song-based coping is taking hold",
                        "plan": "Continue three times a week"}, separators=(",", ":"))


def figures(deep_cursor, report_year_start, report_year_end):
    typical = seeded_id("c3")
    big = seeded_id("c1")
    return [
        Figure("client-supervisor", "GET client (supervisor)", "supervisor", [Step("GET", f"/api/v1/clients/{typical}")]),
        Figure("client-therapist", "GET client (therapist on the care team)", "therapist",
               [Step("GET", f"/api/v1/clients/{typical}")]),
        Figure("sessions-first", "list sessions, first page", "therapist",
               [Step("GET", f"/api/v1/clients/{big}/sessions")]),
        Figure("sessions-deep", "list sessions, page 100,000 rows deep", "therapist",
               [Step("GET", f"/api/v1/clients/{big}/sessions?cursor={deep_cursor}")]),
        Figure("session-create", "POST session (2 interventions, 1 measurement, 1 score)", "therapist",
               [Step("POST", f"/api/v1/clients/{typical}/sessions", session_body())]),
        Figure("note-put-sign", "PUT note + sign it (per request)", "therapist",
               [Step("PUT", "/api/v1/sessions/{session}/note", NOTE_BODY),
                Step("POST", "/api/v1/sessions/{session}/note/sign")],
               uses_pool=True, threads_per_connection=True),
        Figure("progress-report", "progress report (JSON)", "therapist",
               [Step("GET", f"/api/v1/clients/{typical}/progress-report")], optional=True),
        # A year's report over a million sessions is a batch query of seconds: measured two at a time (one
        # per core), as a program runs it, not 16 at once (README, "Results").
        Figure("outcome-report", "outcome report, the last 12 months (c=2)", "supervisor",
               [Step("GET", f"/api/v1/reports/outcomes?from={report_year_start}&to={report_year_end}")], optional=True,
               connections=2, min_duration=60),
    ]
