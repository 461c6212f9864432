package app.cadence.security;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One row of the operation table: the operation, the permission (matrix row) it needs, whether it
 * acts on one client's records (so that off-team callers with a care-team grant get 404), the
 * status of an allowed call, and how to build a request that really succeeds when allowed.
 *
 * @param permission decides 403: a role it does not grant is refused
 * @param reach decides 404: a role it grants for the care team only, acting off-team, finds nothing
 * @param maker who made the record the case acts on, for grants limited to own records (null: the team)
 * @param allowed the status once role and care team allow the call (the success status, unless a
 *        rule beyond the role decides otherwise)
 */
record MatrixEntry(String operationId, String variant, Permission permission, Permission reach, boolean clientScoped,
        ToIntFunction<Persona> allowed, Function<TeamRecords, MatrixRequest> request, Persona maker) {

    /** An operation on no client in particular (me, staff, catalog, lists, creating): one case per caller. */
    static MatrixEntry global(String operationId, Permission permission, int success,
            Function<TeamRecords, MatrixRequest> request) {
        return new MatrixEntry(operationId, null, permission, permission, false, persona -> success, request, null);
    }

    /** An operation on one client's records: each caller on and off the client's care team. */
    static MatrixEntry client(String operationId, Permission permission, int success,
            Function<TeamRecords, MatrixRequest> request) {
        return new MatrixEntry(operationId, null, permission, permission, true, persona -> success, request, null);
    }

    MatrixEntry variant(String name) {
        return new MatrixEntry(operationId, name, permission, reach, clientScoped, allowed, request, maker);
    }

    /** The role check and the care-team check follow different matrix rows. */
    MatrixEntry reachedThrough(Permission reachPermission) {
        return new MatrixEntry(operationId, variant, permission, reachPermission, true, allowed, request, maker);
    }

    /** The record was made by this caller, which matters to a role that reads only its own ({@link Grant#OWN}). */
    MatrixEntry madeBy(Persona persona) {
        return new MatrixEntry(operationId, variant, permission, reach, clientScoped, allowed, request, persona);
    }

    MatrixEntry whenAllowed(ToIntFunction<Persona> status) {
        return new MatrixEntry(operationId, variant, permission, reach, clientScoped, status, request, maker);
    }

    String name() {
        return variant == null ? operationId : operationId + " (" + variant + ")";
    }

    List<Reach> reaches() {
        return clientScoped ? List.of(Reach.values()) : List.of(Reach.ON_TEAM);
    }

    /**
     * 403 for a role the permission does not grant, 404 out of the caller's facilities, 404 off-team for a care-team grant, 404 for a
     * record someone else made under an own-records grant, else the allowed status.
     */
    int expected(Persona persona, Reach where) {
        if (permission.grant(persona) == Grant.NO) {
            return 403;
        }
        // DESIGN.md: every role is further limited to the clients of its facilities (404 otherwise).
        if (clientScoped && where == Reach.OUT_OF_FACILITY) {
            return 404;
        }
        if (clientScoped && reach.grant(persona) == Grant.OWN) {
            return persona == maker ? allowed.applyAsInt(persona) : 404;
        }
        if (clientScoped && where == Reach.OFF_TEAM && reach.grant(persona) != Grant.ALL) {
            return 404;
        }
        return allowed.applyAsInt(persona);
    }
}
