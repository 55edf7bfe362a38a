package org.onewindow.rating.internal;

import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.shared.Masking;

/**
 * Who acts on a rating or rectification page, as the audit log names them.
 *
 * @param accountId the account
 * @param actor for the audit log (a citizen's name masked)
 * @param name the name shown on pages (staff only)
 * @param departmentId a staff member's department, or {@code null}
 * @param ip the client's address
 */
record Acting(UUID accountId, Actor actor, String name, UUID departmentId, String ip) {

    static Acting of(OneWindowUser user, String ip) {
        if (user.kind() == AccountKind.STAFF) {
            return new Acting(user.id(), Actor.staff(user.id().toString(), user.name()), user.name(),
                    user.scope() == null ? null : user.scope().departmentId(), ip);
        }
        String masked = Masking.name(user.name());
        return new Acting(user.id(), Actor.citizen(user.id().toString(), masked), masked, null, ip);
    }
}
