package gkreport.rules.agency;

import gkreport.text.Message;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of government an agency belongs to, read from the chain of place names its name opens
 * with: 「长春市九台区沐石河街道办事处」 → 长春市 · 九台区 · 沐石河街道 → a township-level body;
 * 「沭阳县发展和改革局」 → 沭阳县 → a county-level department. Only 乡、镇、街道 and 县、区、旗 are
 * told apart; cities, provinces, zones (开发区, 实验区, 新区…) and names the chain does not cover
 * have no level here.
 */
public enum AgencyLevel {
    /** 乡、镇、街道 and their offices. */
    TOWNSHIP("agency.township"),
    /** 县、区、旗, their governments and departments. */
    COUNTY("agency.county");

    /**
     * Words that hold a unit's character but name no place: 「城乡建设局」「市场监督管理局」. 「城镇」 and
     * 「村镇」 are not among them: they end many towns' names (吴城镇, 张村镇).
     */
    private static final Pattern NOT_PLACES = Pattern.compile("城乡|乡村|乡镇|市县|县域|区域|社区|园区|景区|小区|市场|城市|都市");
    /** A place name of two to eight characters and its unit; longer units first. */
    private static final Pattern PLACE = Pattern.compile(
            "\\p{IsHan}{2,8}?(自治区|自治州|自治县|特别行政区|地区|街道|苏木|省|市|州|盟|县|区|旗|乡|镇)");

    /**
     * 「区」 that names a zone, not a district: 平潭综合实验区, 经济技术开发区, 高新区, 雄安新区. Their levels
     * range from below a county to a province's; unknown here.
     */
    private static final Pattern ZONE = Pattern.compile("(?:开发|实验|试验|示范|合作|保税|自贸|贸易|管理|高新|功能|综合|新|园)区$");
    private static final String ZONE_UNIT = "zone";

    private final String messageKey;

    AgencyLevel(String messageKey) {
        this.messageKey = messageKey;
    }

    public Message title() {
        return Message.of(messageKey);
    }

    /** The level, or empty for a city, a province or a name whose level is not known. */
    public static Optional<AgencyLevel> of(String agency) {
        if (agency == null) return Optional.empty();
        String name = NOT_PLACES.matcher(agency.replaceAll("\\s", "")).replaceAll("·");
        String lastUnit = null;
        Matcher m = PLACE.matcher(name);
        int at = 0;
        while (at < name.length() && m.region(at, name.length()).lookingAt()) {
            lastUnit = ZONE.matcher(m.group()).find() ? ZONE_UNIT : m.group(1);
            at = m.end();
        }
        if (lastUnit == null) return Optional.empty();
        return switch (lastUnit) {
            case "乡", "镇", "街道", "苏木" -> Optional.of(TOWNSHIP);
            case "县", "区", "旗", "自治县" -> Optional.of(COUNTY);
            default -> Optional.empty();
        };
    }
}
