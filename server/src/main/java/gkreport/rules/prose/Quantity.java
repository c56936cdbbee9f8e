package gkreport.rules.prose;

import gkreport.text.Message;

/** A quantity that both the prose and the tables state (report-format.md, "Text against tables"). */
public enum Quantity {
    /** 收到/受理/新收 N 件 申请: table 三 row 一. */
    RECEIVED("received"),
    /** 上年结转 N 件: table 三 row 二. */
    CARRIED_IN("carriedIn"),
    /** 结转下年度 N 件: table 三 row 四. */
    CARRIED_OUT("carriedOut"),
    /** 予以公开 N 件: （一）. */
    PUBLISHED("published"),
    /** 部分公开 N 件: （二）. */
    PARTLY_PUBLISHED("partlyPublished"),
    /** 不予公开 N 件: the rows of （三）. */
    WITHHELD("withheld"),
    /** 无法提供 N 件: the rows of （四）. */
    UNAVAILABLE("unavailable"),
    /** 不予处理 N 件: the rows of （五）. */
    NOT_PROCESSED("notProcessed"),
    /** 其他处理 N 件: （六）. */
    OTHER_HANDLED("otherHandled"),
    /** 办结/答复 N 件: （七）总计. */
    CONCLUDED("concluded"),
    /** 行政复议 N 件: table 四, 行政复议 总计. */
    REVIEW("review"),
    /** 行政诉讼 N 件: table 四, both litigation 总计s together. */
    LITIGATION("litigation"),
    /** 直接起诉 N 件: table 四, 未经复议直接起诉 总计. */
    LITIGATION_DIRECT("litigationDirect"),
    /** 复议后起诉 N 件: table 四, 复议后起诉 总计. */
    LITIGATION_AFTER_REVIEW("litigationAfterReview");

    private final String key;

    Quantity(String key) {
        this.key = key;
    }

    /** The quantity's name in the message language: 「收到申请」. */
    public Message title() {
        return Message.of("quantity." + key);
    }
}
