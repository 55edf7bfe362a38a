package org.onewindow.hotline.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.shared.DivisionCode;

/** Builds tickets and the people who act on them, straight through the use cases. */
final class HotlineFixture {

    static final String GULOU = "350102";
    static final String TAIJIANG = "350103";

    private final Departments departments;
    private final ReceivingTickets receiving;

    HotlineFixture(Departments departments, ReceivingTickets receiving) {
        this.departments = departments;
        this.receiving = receiving;
    }

    Department department(String code) {
        return departments.byCode(code).orElseThrow();
    }

    OneWindowUser centre(Role... roles) {
        return staff(department("12345"), roles);
    }

    OneWindowUser staff(Department department, Role... roles) {
        return new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试" + roles[0], Set.of(roles), Set.of(),
                new DataScope(department.id(), department.region()));
    }

    Acting acting(OneWindowUser user) {
        return Acting.of(user, "127.0.0.1");
    }

    Ticket phoneCall(String service, String district, String mobile, boolean confidential) {
        return receiving.receive(new NewTicket(Channel.PHONE, service, "路灯坏了一周", "鼓楼区东街 1 号", district, null,
                null, Map.of(), null, "林娜", mobile, confidential, null, null), Acting.system("test"));
    }

    /** Dispatches the ticket with this number to the department the catalogue proposes. */
    Ticket dispatchByNumber(DispatchingTickets dispatching, TicketRecords records, String number) {
        Ticket ticket = records.byNumber(number).orElseThrow();
        OneWindowUser dispatcher = centre(Role.DISPATCHER);
        return dispatching.dispatch(dispatcher, ticket.id(), ticket.version(), null, null, acting(dispatcher));
    }

    static DivisionCode code(String value) {
        return DivisionCode.parse(value);
    }
}
