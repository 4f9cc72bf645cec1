package cn.villagestats.samples;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One household row of a generated 卫生改厕 sheet, as the generator meant it (before any
 * clerk-style typing of the cells). Optional values are {@code null} when the return
 * leaves that column out.
 */
public record ToiletSample(int no, String householder, String idNumber, String group, String toiletType,
                           boolean poorHousehold, LocalDate completedOn, String acceptance, Integer subsidyYuan) {

    static final Set<String> TYPES = Set.of("三格化粪池式", "双瓮漏斗式", "完整下水道水冲式", "其他");
    static final Set<String> ACCEPTANCES = Set.of("已验收", "未验收");

    public ToiletSample {
        Objects.requireNonNull(householder, "householder");
        Objects.requireNonNull(completedOn, "completedOn");
        if (householder.length() < 2 || householder.length() > 20) {
            throw new IllegalArgumentException("householder must have 2 to 20 characters");
        }
        if (!IdNumberGenerator.isValid(idNumber)) {
            throw new IllegalArgumentException("invalid 身份证号 at row " + no);
        }
        if (!TYPES.contains(toiletType) || !ACCEPTANCES.contains(acceptance)) {
            throw new IllegalArgumentException("toilet type or acceptance outside the contract");
        }
        if (subsidyYuan != null && (subsidyYuan < 0 || subsidyYuan > 5000)) {
            throw new IllegalArgumentException("subsidy must be 0 to 5000: " + subsidyYuan);
        }
    }
}
