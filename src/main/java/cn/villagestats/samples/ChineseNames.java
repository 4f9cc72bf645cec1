package cn.villagestats.samples;

import java.util.List;
import java.util.Random;

/**
 * Householder names as a 新泰 village register shows them: common northern surnames and
 * two- or three-character names. Villages named after a family (王家庄) lean to that surname.
 */
final class ChineseNames {

    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "赵", "孙", "徐", "马", "朱", "胡", "郭", "高", "宋",
            "韩", "吕", "于", "董", "许", "曹", "田", "石", "姜", "毕", "孟", "魏", "房", "侯", "亓",
            "范", "程", "杜", "谷", "尹", "葛", "庞", "邵", "贾", "薛");
    private static final List<String> MALE = List.of(
            "建国", "建华", "建军", "国华", "国庆", "志强", "德胜", "学文", "明亮", "振华", "传福", "玉成",
            "庆山", "立新", "继华", "宪法", "广田", "兆明", "爱民", "长江", "永刚", "红军", "春生", "连喜",
            "伟", "强", "军", "勇", "刚", "磊", "涛", "斌", "亮", "峰", "明", "华");
    private static final List<String> FEMALE = List.of(
            "秀英", "桂兰", "玉兰", "秀兰", "桂英", "凤英", "玉梅", "淑珍", "翠花", "秀云", "美玲", "红梅",
            "丽", "芳", "敏", "静", "霞", "燕", "娟", "萍");

    private final Random random;

    ChineseNames(Random random) {
        this.random = random;
    }

    /** A name for a householder of the given village; {@code villageName} steers the surname. */
    String next(String villageName) {
        String surname = familySurname(villageName);
        if (surname == null || random.nextInt(10) >= 4) {
            surname = SURNAMES.get(Math.min(random.nextInt(SURNAMES.size()), random.nextInt(SURNAMES.size())));
        }
        List<String> given = random.nextInt(10) < 7 ? MALE : FEMALE;
        return surname + given.get(random.nextInt(given.size()));
    }

    private static String familySurname(String villageName) {
        String first = villageName.substring(0, 1);
        if ((villageName.contains("家") || villageName.contains("王")) && SURNAMES.contains(first)) {
            return first;
        }
        return villageName.contains("王") ? "王" : null;
    }
}
