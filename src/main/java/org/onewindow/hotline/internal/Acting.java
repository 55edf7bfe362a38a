package org.onewindow.hotline.internal;

import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.shared.Masking;

/**
 * Who takes a step, as the audit log and the timeline name them.
 *
 * @param actor for the audit log
 * @param name for the timeline: a staff member's name, the reporter's masked name, or an API client
 * @param departmentId the staff member's department, or {@code null}
 * @param ip the client's address, or {@code null}
 */
record Acting(Actor actor, String name, UUID departmentId, String ip) {

    static Acting of(OneWindowUser user, String ip) {
        if (user.kind() == AccountKind.STAFF) {
            return new Acting(Actor.staff(user.id().toString(), user.name()), user.name(),
                    user.scope() == null ? null : user.scope().departmentId(), ip);
        }
        String masked = Masking.name(user.name());
        return new Acting(Actor.citizen(user.id().toString(), masked), masked, null, ip);
    }

    static Acting apiClient(UUID keyId, String keyName, String ip) {
        return new Acting(Actor.system("open311:" + keyId), "Open311 · " + keyName, null, ip);
    }

    /** A reporter without an account, who verified a mobile number; the timeline names no one. */
    static Acting anonymousReporter(String ip) {
        return new Acting(Actor.anonymous(), "网上诉求人", null, ip);
    }

    static Acting system(String component) {
        return new Acting(Actor.system(component), component, null, null);
    }
}
