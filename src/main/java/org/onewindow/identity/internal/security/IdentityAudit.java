package org.onewindow.identity.internal.security;

import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.CurrentUser;
import org.onewindow.identity.OneWindowUser;
import org.springframework.stereotype.Component;

/**
 * Writes identity's audit entries with the actor and client address of the current request.
 * Successes join the caller's transaction; failures and denials are kept even when it rolls back.
 */
@Component
public class IdentityAudit {

    private final AuditLog log;

    IdentityAudit(AuditLog log) {
        this.log = log;
    }

    public void success(AuditEvent event, Actor actor, String objectType, String objectId, String detail) {
        log.record(new AuditRecord(event, actor, clientIp(), objectType, objectId, AuditResult.SUCCESS, detail));
    }

    public void failure(AuditEvent event, Actor actor, String objectType, String objectId, String detail) {
        log.recordIndependently(
                new AuditRecord(event, actor, clientIp(), objectType, objectId, AuditResult.FAILURE, detail));
    }

    public void denied(AuditEvent event, Actor actor, String objectType, String objectId, String detail) {
        log.recordIndependently(
                new AuditRecord(event, actor, clientIp(), objectType, objectId, AuditResult.DENIED, detail));
    }

    /** The actor behind the current request: the logged-in user, or anonymous. */
    public static Actor currentActor() {
        return CurrentUser.get().map(IdentityAudit::actorOf).orElseGet(Actor::anonymous);
    }

    public static Actor actorOf(OneWindowUser user) {
        return user.kind() == AccountKind.STAFF
                ? Actor.staff(user.id().toString(), user.name())
                : Actor.citizen(user.id().toString(), user.name());
    }

    /** The client address of the current request, if there is one. */
    public static String clientIp() {
        return CurrentUser.clientIp();
    }
}
