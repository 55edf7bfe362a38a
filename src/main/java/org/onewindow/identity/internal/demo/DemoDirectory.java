package org.onewindow.identity.internal.demo;

import static org.onewindow.identity.Role.APPROVER;
import static org.onewindow.identity.Role.AUDIT_ADMIN;
import static org.onewindow.identity.Role.DEPARTMENT_HEAD;
import static org.onewindow.identity.Role.DISPATCHER;
import static org.onewindow.identity.Role.HOTLINE_OPERATOR;
import static org.onewindow.identity.Role.REVIEWER;
import static org.onewindow.identity.Role.SECURITY_ADMIN;
import static org.onewindow.identity.Role.SUPERVISOR;
import static org.onewindow.identity.Role.SYSTEM_ADMIN;
import static org.onewindow.identity.Role.WINDOW_CLERK;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData.DemoDepartment;
import org.onewindow.identity.internal.demo.DemoIdentityData.DemoStaff;

/** The demo city of Fuzhou (350100): eleven city departments and bureaus in two districts. */
final class DemoDirectory {

    static final String CITY = "350100";
    static final String GULOU = "350102";
    static final String TAIJIANG = "350103";
    static final String CANGSHAN = "350104";

    private static final String[] NAMES = {
        "陈建国", "林秀英", "黄志强", "郑丽华", "王海燕", "吴国平", "刘晓东", "张丽娟", "李文斌", "杨晓敏",
        "许家豪", "何雪梅", "郭振华", "罗慧敏", "高建军", "周婷婷", "谢明辉", "徐静", "蔡伟", "游美玲",
        "江涛", "詹丽", "邱文杰", "曾晓燕", "魏强", "方芳", "卢志明", "翁雅琴", "薛刚", "施晓丽",
        "潘俊", "叶青", "严华", "孙立新", "朱敏", "胡斌", "龚倩", "余建平", "池秀珍", "范文华",
        "毛晓峰", "庄美华", "欧阳明", "柯玉兰", "邓志刚", "傅雪", "童伟民", "姚丽萍", "石磊", "温晓红"
    };

    private DemoDirectory() {}

    static List<DemoDepartment> departments() {
        List<DemoDepartment> list = new ArrayList<>();
        Namer namer = new Namer();
        list.add(city(namer, "amr", "福州市市场监督管理局", "Fuzhou Administration for Market Regulation", "市市场监管局",
                DepartmentFunction.MARKET_REGULATION));
        list.add(city(namer, "tax", "国家税务总局福州市税务局", "Fuzhou Municipal Tax Service, STA", "市税务局",
                DepartmentFunction.TAX));
        list.add(city(namer, "hrss", "福州市人力资源和社会保障局", "Fuzhou Human Resources and Social Security Bureau",
                "市人社局", DepartmentFunction.HUMAN_RESOURCES_SOCIAL_SECURITY));
        list.add(city(namer, "psb", "福州市公安局", "Fuzhou Public Security Bureau", "市公安局",
                DepartmentFunction.PUBLIC_SECURITY));
        list.add(city(namer, "housing", "福州市住房和城乡建设局", "Fuzhou Housing and Urban-Rural Development Bureau",
                "市住建局", DepartmentFunction.HOUSING_CONSTRUCTION));
        list.add(city(namer, "health", "福州市卫生健康委员会", "Fuzhou Health Commission", "市卫健委",
                DepartmentFunction.HEALTH));
        list.add(city(namer, "civil", "福州市民政局", "Fuzhou Civil Affairs Bureau", "市民政局",
                DepartmentFunction.CIVIL_AFFAIRS));
        list.add(city(namer, "medsec", "福州市医疗保障局", "Fuzhou Healthcare Security Administration", "市医保局",
                DepartmentFunction.MEDICAL_SECURITY));
        list.add(city(namer, "hpf", "福州住房公积金中心", "Fuzhou Housing Provident Fund Centre", "市公积金中心",
                DepartmentFunction.HOUSING_PROVIDENT_FUND));
        list.add(new DemoDepartment("12345", "福州市12345便民服务平台管理中心", "Fuzhou 12345 Citizen Service Centre",
                "市12345中心", CITY, DepartmentFunction.HOTLINE_12345, List.of(
                        staff("12345.operator", namer, HOTLINE_OPERATOR),
                        staff("12345.dispatcher", namer, DISPATCHER),
                        staff("12345.head", namer, DEPARTMENT_HEAD, SUPERVISOR))));
        list.add(new DemoDepartment("gov", "福州市行政服务中心管理委员会", "Fuzhou Administrative Service Centre",
                "市行政服务中心", CITY, DepartmentFunction.GOVERNMENT_SERVICE, List.of(
                        staff("gov.supervisor", namer, SUPERVISOR),
                        staff("gov.head", namer, DEPARTMENT_HEAD, SUPERVISOR),
                        staff("sysadmin", namer, SYSTEM_ADMIN),
                        staff("secadmin", namer, SECURITY_ADMIN),
                        staff("auditadmin", namer, AUDIT_ADMIN))));
        String[][] districts = {
            {"gl", GULOU, "鼓楼区", "Gulou"}, {"tj", TAIJIANG, "台江区", "Taijiang"}, {"cs", CANGSHAN, "仓山区", "Cangshan"}
        };
        for (String[] district : districts) {
            list.add(district(namer, district, "urban", "城市管理局", "Urban Management Bureau", "城管局",
                    DepartmentFunction.URBAN_MANAGEMENT));
            list.add(district(namer, district, "civil", "民政局", "Civil Affairs Bureau", "民政局",
                    DepartmentFunction.CIVIL_AFFAIRS));
            list.add(district(namer, district, "sssc", "社会保险服务中心", "Social Security Service Centre", "社保中心",
                    DepartmentFunction.SOCIAL_SECURITY_SERVICE));
        }
        return list;
    }

    private static DemoDepartment city(Namer namer, String code, String name, String nameEn, String shortName,
            DepartmentFunction function) {
        return new DemoDepartment(code, name, nameEn, shortName, CITY, function, List.of(
                staff(code + ".clerk", namer, WINDOW_CLERK),
                staff(code + ".reviewer", namer, REVIEWER),
                staff(code + ".approver", namer, APPROVER),
                staff(code + ".head", namer, DEPARTMENT_HEAD, APPROVER)));
    }

    private static DemoDepartment district(Namer namer, String[] district, String code, String name, String nameEn,
            String shortName, DepartmentFunction function) {
        String prefix = district[0] + "." + code;
        return new DemoDepartment(prefix, district[2] + name, district[3] + " District " + nameEn,
                district[2] + shortName, district[1], function, List.of(
                        staff(prefix + ".clerk", namer, WINDOW_CLERK),
                        staff(prefix + ".reviewer", namer, REVIEWER, APPROVER),
                        staff(prefix + ".head", namer, DEPARTMENT_HEAD)));
    }

    private static DemoStaff staff(String username, Namer namer, Role... roles) {
        return new DemoStaff(username, namer.next(), Set.of(roles));
    }

    /** Hands out the demo names in order, so every run gives the same people the same names. */
    private static final class Namer {
        private int next;

        String next() {
            return NAMES[next++ % NAMES.length];
        }
    }
}
