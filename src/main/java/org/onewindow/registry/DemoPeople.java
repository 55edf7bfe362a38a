package org.onewindow.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;

/**
 * The fixed demo people and businesses of 福州市 that the README lists, and random valid records
 * for tests.
 *
 * <p>The registry's demo loader enrols them (with some 3,000 generated neighbours) when
 * {@code onewindow.demo=true}; other modules' demo loaders and tests refer to them from here.
 * Their mobiles are 13800000001 to 13800000005, a range the generated people never use.
 */
public final class DemoPeople {

    /** 张伟, female, born 1988-03-15, 鼓楼区; head of a household; runs 福州张伟餐饮管理有限公司. */
    public static final Person ZHANG_WEI = person("张伟", "35010219880315042", "13800000001",
            "福建省福州市鼓楼区五四路158号2座1203室", "350102", "350102900001", "户主").withMaritalStatus(MaritalStatus.MARRIED);

    /** 林志强, male, born 1986-05-12; 张伟's husband. */
    public static final Person LIN_ZHIQIANG = person("林志强", "35010419860512037", "13800000005",
            ZHANG_WEI.address(), "350102", ZHANG_WEI.householdNumber(), "配偶").withMaritalStatus(MaritalStatus.MARRIED);

    /** 林小宝, male, born 2026-10-02; 张伟's newborn son, no mobile. */
    public static final Person LIN_XIAOBAO = person("林小宝", "35010220261002013", null,
            ZHANG_WEI.address(), "350102", ZHANG_WEI.householdNumber(), "子").withMaritalStatus(MaritalStatus.UNMARRIED);

    /** 李娜, female, born 1992-07-08, 台江区. */
    public static final Person LI_NA = person("李娜", "35010319920708026", "13800000002",
            "福建省福州市台江区六一中路356号5座801室", "350103", "350103900002", "户主").withMaritalStatus(MaritalStatus.UNMARRIED);

    /** 王芳, female, born 1985-11-20, 仓山区; has no OneWindow account yet (the registration demo). */
    public static final Person WANG_FANG = person("王芳", "35010419851120068", "13800000003",
            "福建省福州市仓山区则徐大道108号3座602室", "350104", "350104900003", "户主").withMaritalStatus(MaritalStatus.UNMARRIED);

    /** 陈明, male, born 1979-01-30, 鼓楼区; runs 鼓楼区陈记小吃店 and 福州明达科技有限公司. */
    public static final Person CHEN_MING = person("陈明", "35010219790130015", "13800000004",
            "福建省福州市鼓楼区湖东路62号1座305室", "350102", "350102900004", "户主").withMaritalStatus(MaritalStatus.MARRIED);

    /** 福州张伟餐饮管理有限公司, represented by 张伟. */
    public static final LegalEntity ZHANG_WEI_CATERING = new LegalEntity(
            CreditCode.withChecksum("91350102MA32W7KD1"), "福州张伟餐饮管理有限公司", "有限责任公司（自然人独资）",
            ZHANG_WEI.idNumber(), ZHANG_WEI.name(), "福建省福州市鼓楼区东街88号", new DivisionCode("350102"),
            "1000000", LocalDate.of(2019, 6, 18), "存续");

    /** 鼓楼区陈记小吃店（个体工商户）, run by 陈明; registration category 92 (个体工商户). */
    public static final LegalEntity CHEN_JI_SNACKS = new LegalEntity(
            CreditCode.withChecksum("92350102058932177"), "鼓楼区陈记小吃店（个体工商户）", "个体工商户",
            CHEN_MING.idNumber(), CHEN_MING.name(), "福建省福州市鼓楼区南后街36号", new DivisionCode("350102"),
            "50000", LocalDate.of(2012, 4, 9), "存续");

    /** 福州明达科技有限公司, represented by 陈明. */
    public static final LegalEntity MINGDA_TECH = new LegalEntity(
            CreditCode.withChecksum("91350102MA2YH3LR7"), "福州明达科技有限公司", "有限责任公司（自然人投资或控股）",
            CHEN_MING.idNumber(), CHEN_MING.name(), "福建省福州市鼓楼区软件大道89号", new DivisionCode("350102"),
            "5000000", LocalDate.of(2018, 9, 3), "存续");

    private static final String[] DISTRICTS = {"350102", "350103", "350104"};
    private static final String[] DISTRICT_NAMES = {"鼓楼区", "台江区", "仓山区"};
    private static final String[] STREETS = {"五四路", "六一中路", "金山大道"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙林郑何高罗梁谢宋";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玲";
    private static final LocalDate EARLIEST_RANDOM_BIRTH = LocalDate.of(1950, 1, 1);
    private static final int RANDOM_BIRTH_DAYS = 50 * 365;

    private DemoPeople() {
    }

    /** The fixed demo people, heads of household before their members. */
    public static List<Person> persons() {
        return List.of(ZHANG_WEI, LIN_ZHIQIANG, LIN_XIAOBAO, LI_NA, WANG_FANG, CHEN_MING);
    }

    /** The fixed demo businesses. */
    public static List<LegalEntity> legalEntities() {
        return List.of(ZHANG_WEI_CATERING, CHEN_JI_SNACKS, MINGDA_TECH);
    }

    /**
     * A random adult of 福州 with a valid identity number and mobile, heading a household of one.
     *
     * <p>For tests: identity numbers are drawn from some 55 million, so collisions between tests
     * sharing a database are negligible.
     */
    public static Person random(Random random) {
        int district = random.nextInt(DISTRICTS.length);
        LocalDate birth = EARLIEST_RANDOM_BIRTH.plusDays(random.nextInt(RANDOM_BIRTH_DAYS));
        IdNumber id = IdNumber.withChecksum(DISTRICTS[district] + birth.toString().replace("-", "")
                + "%03d".formatted(random.nextInt(1000)));
        String name = pick(random, SURNAMES) + pick(random, GIVEN) + (random.nextBoolean() ? pick(random, GIVEN) : "");
        MobileNumber mobile = new MobileNumber("139" + "%08d".formatted(random.nextInt(100_000_000)));
        String address = "福建省福州市" + DISTRICT_NAMES[district] + STREETS[district] + (1 + random.nextInt(300)) + "号";
        String household = DISTRICTS[district] + "8" + "%05d".formatted(random.nextInt(100_000));
        return new Person(id, name, id.gender(), id.birthDate(), mobile, address, new DivisionCode(DISTRICTS[district]),
                household, "户主", MaritalStatus.UNMARRIED);
    }

    /** A random limited company in the representative's district with a valid credit code. */
    public static LegalEntity randomLegalEntity(Random random, Person representative) {
        StringBuilder organisation = new StringBuilder("MA");
        String characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 7; i++) {
            organisation.append(characters.charAt(random.nextInt(characters.length())));
        }
        String division = representative.division().value();
        CreditCode code = CreditCode.withChecksum("91" + division + organisation);
        return new LegalEntity(code, "福州" + representative.name() + "贸易有限公司",
                "有限责任公司（自然人独资）", representative.idNumber(), representative.name(), representative.address(),
                representative.division(), "100000", LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)), "存续");
    }

    private static Person person(String name, String first17, String mobile, String address, String division,
            String household, String relation) {
        IdNumber id = IdNumber.withChecksum(first17);
        return new Person(id, name, id.gender(), id.birthDate(), mobile == null ? null : new MobileNumber(mobile),
                address, new DivisionCode(division), household, relation);
    }

    private static String pick(Random random, String characters) {
        return String.valueOf(characters.charAt(random.nextInt(characters.length())));
    }
}
