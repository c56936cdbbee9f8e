package gkreport.testkit;

import gkreport.grammar.ReportParser;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import org.jsoup.nodes.Entities;

/**
 * A web page as a government site serves a report: site navigation, a side bar of links, the
 * article (title, paragraphs, tables, line breaks inside cells as {@code <br>}) and a footer.
 */
public final class Html {
    private Html() {
    }

    public static String page(String reportText) {
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>政府信息公开工作年度报告_某某市人民政府门户网站</title></head>
                <body>
                <div class="header"><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
                <li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul></nav></div>
                <div class="wrap"><div class="sidebar"><h3><a href="/nb">年度报告</a></h3><ul>
                <li><a href="/nb/2019">2019年政府信息公开工作年度报告</a></li>
                <li><a href="/nb/2018">2018年政府信息公开工作年度报告</a></li></ul></div>
                <div class="article" id="zoom">
                """);
        for (Block block : ReportParser.parse(reportText).blocks()) {
            if (block instanceof TextLine line) {
                b.append("<p>").append(Entities.escape(line.text())).append("</p>\n");
            } else {
                b.append("<table border=\"1\" cellspacing=\"0\">\n");
                for (Row row : ((Table) block).rows()) {
                    b.append("<tr>");
                    for (Cell cell : row.cells()) {
                        b.append("<td>").append(Entities.escape(cell.text()).replace("\n", "<br>")).append("</td>");
                    }
                    b.append("</tr>\n");
                }
                b.append("</table>\n");
            }
        }
        return b.append("""
                </div></div>
                <div class="footer"><p>主办：某某市人民政府办公室　网站标识码：1234000001</p>
                <p><a href="/about">关于我们</a> | <a href="/map">网站地图</a></p></div>
                </body></html>
                """).toString();
    }
}
