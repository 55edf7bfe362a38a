package org.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.shared.DivisionCode;

/**
 * Demo staff members as the office session holds them after login: id, name, roles, department
 * and region (the principal {@code CurrentUser.require()} hands the office controllers).
 */
final class BenchStaff {

    private static final String SELECT = """
            select s.id, s.display_name, s.department_id, s.scope_region_code,
                   array(select role from identity.staff_role r where r.staff_id = s.id order by role)
            from identity.staff s
            """;

    private BenchStaff() {}

    static OneWindowUser byUsername(BenchDatabase database, String username) throws SQLException {
        List<OneWindowUser> found = query(database, SELECT + "where s.username = ?", username);
        if (found.isEmpty()) {
            throw new IllegalStateException("No demo staff member " + username + ": is onewindow.demo on?");
        }
        return found.getFirst();
    }

    /** Every enabled staff member holding one of the office desk's roles, by user name. */
    static List<OneWindowUser> deskStaff(BenchDatabase database) throws SQLException {
        return query(database, SELECT + """
                where s.enabled and exists (select 1 from identity.staff_role r where r.staff_id = s.id
                    and r.role in ('WINDOW_CLERK', 'REVIEWER', 'APPROVER', 'DEPARTMENT_HEAD'))
                order by s.username""");
    }

    private static List<OneWindowUser> query(BenchDatabase database, String sql, String... parameters)
            throws SQLException {
        List<OneWindowUser> users = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray(5).getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    users.add(new OneWindowUser(AccountKind.STAFF, rs.getObject(1, UUID.class), rs.getString(2), roles,
                            Set.of("desk.work"),
                            new DataScope(rs.getObject(3, UUID.class), DivisionCode.parse(rs.getString(4).strip()))));
                }
            }
        }
        return users;
    }
}
