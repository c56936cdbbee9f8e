package gkreport.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyLevelTest {
    @ParameterizedTest
    @CsvSource({
        "七里乡人民政府, TOWNSHIP",
        "吴城镇人民政府, TOWNSHIP",
        "桦川县创业乡, TOWNSHIP",
        "长春市九台区沐石河街道办事处, TOWNSHIP",
        "沭阳县发展和改革局, COUNTY",
        "淮安市洪泽区人民政府, COUNTY",
        "沐阳县人民政府, COUNTY",
        "示例县住房和城乡建设局, COUNTY",
        "淮安市人民政府, NONE",
        "上海市科学技术委员会, NONE",
        "上海市人民政府办公厅, NONE",
        "新乡市人民政府, NONE",
        "镇江市城乡建设局, NONE",
        "淮安市市场监督管理局, NONE",
        "广西壮族自治区人民政府, NONE",
        "国家统计局, NONE",
        "平潭综合实验区管理委员会, NONE",
        "福建省平潭综合实验区管委会, NONE",
        "苏州工业园区管理委员会, NONE",
        "淮安经济技术开发区管理委员会, NONE",
        "河北雄安新区管理委员会, NONE",
        "淮安经济技术开发区钵池街道办事处, TOWNSHIP",
        "上海市浦东新区人民政府, NONE"})
    void readsTheLevelFromThePlaceNamesTheNameOpensWith(String agency, String level) {
        assertThat(AgencyLevel.of(agency).map(Enum::name).orElse("NONE")).isEqualTo(level);
    }
}
