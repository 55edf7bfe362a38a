package org.onewindow.identity.internal.demo;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.StaffAccounts;
import org.onewindow.identity.internal.StaffAccounts.Staff;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo city's departments and staff into an empty database in demo mode. The accounts
 * and the shared demo password are listed in the README; the log says where, never the password.
 */
@Component
@Order(200)
public class DemoIdentityData implements ApplicationRunner {

    /** The password of every demo account (documented in the README; demo mode only). */
    public static final String DEMO_PASSWORD = "Demo@2026Fz";

    private static final Logger log = LoggerFactory.getLogger(DemoIdentityData.class);

    record DemoDepartment(String code, String name, String nameEn, String shortName, String region,
            DepartmentFunction function, List<DemoStaff> staff) {}

    record DemoStaff(String username, String name, Set<Role> roles) {}

    private final OneWindowProperties properties;
    private final JdbcClient jdbc;
    private final StaffAccounts staff;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final DemoCitizens citizens;
    private final Clock clock;

    DemoIdentityData(
            OneWindowProperties properties,
            JdbcClient jdbc,
            StaffAccounts staff,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            DemoCitizens citizens,
            Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.staff = staff;
        this.passwords = passwords;
        this.transactions = transactions;
        this.citizens = citizens;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('onewindow.demo.identity'))").query().singleRow();
            if (jdbc.sql("select count(*) from identity.department").query(Long.class).single() > 0) {
                return;
            }
            load();
        });
        log.info("Demo accounts (staff and citizens) are listed in README.md, section 'Demo accounts'");
    }

    /** Loads departments, staff and demo citizens; the caller checks the database is empty. */
    public void load() {
        String hash = passwords.encode(DEMO_PASSWORD);
        int people = loadDirectory(hash);
        int registered = citizens.load(hash);
        log.info("Loaded {} demo departments, {} staff and {} citizens", DemoDirectory.departments().size(), people,
                registered);
    }

    /**
     * Loads the demo city's departments and staff unless they are there (tests that route cases to
     * departments share one database and call this once).
     */
    public void loadDirectoryIfAbsent() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('onewindow.demo.identity'))").query().singleRow();
            if (jdbc.sql("select count(*) from identity.department where code = 'amr'").query(Long.class).single() == 0) {
                loadDirectory(passwords.encode(DEMO_PASSWORD));
            }
        });
    }

    private int loadDirectory(String hash) {
        int index = 0;
        int people = 0;
        for (DemoDepartment department : DemoDirectory.departments()) {
            UUID id = UUID.nameUUIDFromBytes(("department:" + department.code()).getBytes());
            jdbc.sql("""
                    insert into identity.department (id, code, name, name_en, short_name, credit_code, region_code, function)
                    values (:id, :code, :name, :nameEn, :short, :credit, :region, :function)""")
                    .param("id", id)
                    .param("code", department.code())
                    .param("name", department.name())
                    .param("nameEn", department.nameEn())
                    .param("short", department.shortName())
                    .param("credit", creditCode(department.region(), ++index).value())
                    .param("region", department.region())
                    .param("function", department.function().name())
                    .update();
            for (DemoStaff member : department.staff()) {
                staff.create(
                        new Staff(UUID.nameUUIDFromBytes(("staff:" + member.username()).getBytes()),
                                member.username(), member.name(), id, DivisionCode.parse(department.region()),
                                hash, null, false, 0, 0, null, true),
                        EnumSet.copyOf(member.roles()),
                        clock.instant());
                people++;
            }
        }
        return people;
    }

    /** A government organ's credit code (category 1, organ 1) for the region, unique by index. */
    static CreditCode creditCode(String region, int index) {
        return CreditCode.withChecksum("11" + region + "MB" + "%07d".formatted(index));
    }
}
