"""Where a JFR recording's CPU samples are: each sample counts for the first group (in the order below)
that has a frame anywhere on its stack, so "Hibernate ORM" includes the JDBC driver work Hibernate
does. Usage: python3 bench/profile_summary.py target/bench/<run>/<figure>/profile.jfr"""
import collections
import json
import subprocess
import sys

GROUPS = [
    ("OIDC token verification (quarkus-oidc, jose4j, smallrye-jwt)", ("org.jose4j", "io.smallrye.jwt", "io.quarkus.oidc")),
    ("Hibernate Validator", ("org.hibernate.validator",)),
    ("Hibernate ORM", ("org.hibernate",)),
    ("Jackson", ("com.fasterxml.jackson",)),
    ("PostgreSQL JDBC driver (outside Hibernate)", ("org.postgresql",)),
    ("Agroal pool, Narayana transactions", ("io.agroal", "com.arjuna", "io.quarkus.narayana", "io.quarkus.agroal")),
    ("Cadence's own code", ("app.cadence",)),
    ("Quarkus security, ArC, context propagation, Mutiny", ("io.quarkus.security", "io.quarkus.arc", "io.smallrye",
                                                            "io.quarkus.runtime")),
    ("RESTEasy Reactive, Vert.x, Netty", ("org.jboss.resteasy", "io.quarkus.resteasy", "io.vertx", "io.netty",
                                           "io.quarkus.vertx")),
]


def group_of(frames):
    for name, prefixes in GROUPS:
        if any(frame.startswith(prefixes) for frame in frames):
            return name
    return "JDK and JVM only (" + (frames[0].rsplit(".", 1)[0] if frames else "?") + ")"


def main(path):
    out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    counts = collections.Counter()
    for event in events:
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in event["values"]["stackTrace"]["frames"]]
        counts[group_of(frames)] += 1
    total = sum(counts.values())
    print(f"{total} CPU samples")
    for name, count in counts.most_common(15):
        print(f"{100 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
