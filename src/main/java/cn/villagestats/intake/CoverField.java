package cn.villagestats.intake;

/** The labelled values of the 封面 (cover) sheet. */
public enum CoverField {
    VILLAGE_CODE("村代码", "village_code", true),
    VILLAGE_NAME("村名", "village_name", true),
    PERIOD("报告期", "period", true),
    PREPARER("填报人", "preparer", true),
    PHONE("联系电话", "phone", false),
    SUBMITTED_ON("填报日期", "submitted_on", false),
    TEMPLATE_VERSION("模板版本", "template_version", false);

    private final String label;
    private final String alias;
    private final boolean required;

    CoverField(String label, String alias, boolean required) {
        this.label = label;
        this.alias = alias;
        this.required = required;
    }

    public String label() {
        return label;
    }

    public String alias() {
        return alias;
    }

    public boolean required() {
        return required;
    }
}
