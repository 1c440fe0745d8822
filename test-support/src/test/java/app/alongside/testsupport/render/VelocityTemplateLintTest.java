package app.alongside.testsupport.render;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class VelocityTemplateLintTest {

    private static List<VelocityTemplateLint.Problem> problems(String source) {
        return VelocityTemplateLint.problems(source);
    }

    private static void assertOneProblem(String source, int line, int column, String messagePart) {
        List<VelocityTemplateLint.Problem> found = problems(source);
        assertEquals(found.toString(), 1, found.size());
        assertEquals(line, found.get(0).line());
        assertEquals(column, found.get(0).column());
        assertThat(found.get(0).message(), containsString(messagePart));
        assertThat(found.get(0).toString(), containsString("line " + line + ", column " + column + ": "));
    }

    @Test
    public void portableTemplateHasNoProblems() {
        String template = String.join("\n",
                "## comment with $foreach.count and $list[0] and #[[ x ]]#",
                "#* block comment: #macro(m $a $b=\"x\") *#",
                "#macro(row $a $b)<tr>$a $b</tr>#end",
                "#foreach($i in [1..3])$velocityCount $i#if($velocityHasNext),#end#if($i == 2)#break#end#end",
                "#set($map = {\"k\": \"v\"})$map.get(\"k\") $!map.k ${map.k} $list.get(0)",
                "#define($block)x#end#evaluate('$block')",
                "price: $ 5, email@example.com, #notadirective, \\$foreach.count, [brackets] $ [0]",
                "#if($x == \"a=b\")#end $a.b(\"[0]\")");
        assertEquals(List.of(), problems(template));
    }

    @Test
    public void foreachCountIsFlagged() {
        assertOneProblem("<ol>\n  <li>$foreach.count</li>", 2, 7, "$velocityCount");
    }

    @Test
    public void everyForeachFormIsFlagged() {
        assertEquals(5, problems("${foreach.index} $!foreach.hasNext $!{foreach.first} #break($foreach) $foreach").size());
    }

    @Test
    public void macroDefaultArgumentIsFlagged() {
        assertOneProblem("x\n#macro(greet $name $greeting=\"Hello\")$greeting#end", 2, 29, "macro default arguments");
        assertOneProblem("#{macro}(m $a = 1)#end", 1, 15, "macro default arguments");
        assertOneProblem("#macro (m $a\n  $b = [])#end", 2, 6, "macro default arguments");
    }

    @Test
    public void indexSyntaxIsFlagged() {
        assertOneProblem("$list[0]", 1, 6, "$list.get(0)");
        assertOneProblem("a ${list[0]}", 1, 9, "index syntax");
        assertOneProblem("$map[\"k\"]", 1, 5, "index syntax");
        assertOneProblem("$a.b.c()[1]", 1, 9, "index syntax");
        assertOneProblem("$!list[$i]", 1, 7, "index syntax");
    }

    @Test
    public void indexSyntaxInsideMethodArgumentsIsFlagged() {
        assertOneProblem("$a.b($list[0])", 1, 11, "index syntax");
    }

    @Test
    public void unparsedContentIsFlagged() {
        assertOneProblem("a\nb #[[ #if $x ]]# c", 2, 3, "#[[");
    }

    @Test
    public void escapedReferencesAndDirectivesAreNotFlagged() {
        assertEquals(List.of(), problems("\\$foreach.count \\#[[ x \\${list[0]}"));
    }

    @Test
    public void breakDefineAndEvaluateAreNotFlagged() {
        assertEquals(List.of(), problems("#foreach($i in $l)#break#end#define($d)x#end#evaluate(\"$d\")"));
    }

    @Test
    public void problemsComeInSourceOrderWithLineNumbers() {
        List<VelocityTemplateLint.Problem> found = problems("$foreach.count\n\n$l[0]\n#[[ ]]#");
        assertEquals(List.of(1, 3, 4), found.stream().map(VelocityTemplateLint.Problem::line).toList());
    }
}
