import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Generates the Alongside brand images (plugin icon/logo, macro browser icons, Marketplace assets).
 *
 * <p>Run from the repository root (JDK 17+, no dependencies):
 *
 * <pre>  java docs/assets/ImageGenerator.java</pre>
 *
 * Optionally pass the repository root as the first argument. Every image is drawn at 4x and
 * box-filtered down, so small icons stay crisp; output is deterministic. After writing, each file
 * is read back and its pixel size and alpha channel are checked, and the banner's text contrast is
 * checked against WCAG AA (4.5:1). Any failed check ends the run with a non-zero exit code.
 */
public class ImageGenerator {

    // ---- Brand palette -------------------------------------------------------------------------
    static final Color TEAL = new Color(0x0B5563);       // primary
    static final Color AMBER = new Color(0xF2A541);      // accent (never used for text)
    static final Color OFF_WHITE = new Color(0xFAF7F2);  // canvas
    static final Color WHITE = new Color(0xFFFFFF);
    static final Color INK = new Color(0x1E3A40);        // body text: dark teal-grey
    static final Color TEAL_TINT = new Color(0xCFE2E5);  // light teal for secondary shapes
    static final Color AMBER_TINT = new Color(0xFBE3BD); // light amber for secondary shapes
    static final Color PATH_TEAL = new Color(0xA9CBD0);  // banner paths (decorative)
    static final Color PATH_AMBER = new Color(0xF7CE8E);

    /** Supersampling factor. */
    static final int SS = 4;

    static final String FONT_FAMILY = "DejaVu Sans";

    interface Painter {
        void paint(Graphics2D g, double w, double h);
    }

    record Spec(String relPath, int w, int h, boolean alpha) {}

    static final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path root = args.length > 0 ? Paths.get(args[0]) : findRoot();
        Path images = root.resolve("plugin/src/main/resources/images");
        Path marketing = root.resolve("plugin/src/main/resources/marketing");

        List<Spec> written = new ArrayList<>();
        written.add(write(root, new Spec("plugin/src/main/resources/images/pluginIcon.png", 16, 16, true), null,
                ImageGenerator::pluginIcon));
        written.add(write(root, new Spec("plugin/src/main/resources/images/pluginLogo.png", 144, 144, true), null,
                (g, w, h) -> mark(g, w / 2, h / 2, w * 0.90, TEAL, AMBER)));
        written.add(write(root, new Spec("plugin/src/main/resources/images/macro-principles.png", 80, 80, false),
                OFF_WHITE, ImageGenerator::macroPrinciples));
        written.add(write(root, new Spec("plugin/src/main/resources/images/macro-decision.png", 80, 80, false),
                OFF_WHITE, ImageGenerator::macroDecision));
        written.add(write(root, new Spec("plugin/src/main/resources/images/macro-register.png", 80, 80, false),
                OFF_WHITE, ImageGenerator::macroRegister));
        written.add(write(root, new Spec("plugin/src/main/resources/images/macro-participant.png", 80, 80, false),
                OFF_WHITE, ImageGenerator::macroParticipant));
        written.add(write(root, new Spec("plugin/src/main/resources/images/macro-charter.png", 80, 80, false),
                OFF_WHITE, ImageGenerator::macroCharter));
        written.add(write(root, new Spec("plugin/src/main/resources/images/macro-insights.png", 80, 80, false),
                OFF_WHITE, ImageGenerator::macroInsights));
        written.add(write(root, new Spec("plugin/src/main/resources/images/blueprint-meeting.png", 200, 150, false),
                OFF_WHITE, ImageGenerator::blueprintMeeting));
        written.add(write(root, new Spec("plugin/src/main/resources/images/blueprint-decision.png", 200, 150, false),
                OFF_WHITE, ImageGenerator::blueprintDecision));
        written.add(write(root, new Spec("plugin/src/main/resources/images/marketing/logo-144.png", 144, 144, true), null,
                ImageGenerator::marketplaceLogo));
        written.add(write(root, new Spec("plugin/src/main/resources/images/marketing/banner-1120x548.png", 1120, 548, false),
                OFF_WHITE, ImageGenerator::banner));

        // Read everything back and verify.
        for (Spec s : written) {
            BufferedImage img = ImageIO.read(root.resolve(s.relPath()).toFile());
            boolean hasAlpha = img.getColorModel().hasAlpha();
            boolean ok = img.getWidth() == s.w() && img.getHeight() == s.h() && hasAlpha == s.alpha();
            System.out.printf("%-4s %-58s %4dx%-4d %s%n", ok ? "ok" : "FAIL", s.relPath(), img.getWidth(),
                    img.getHeight(), hasAlpha ? "RGBA" : "RGB (no alpha)");
            if (!ok) failures.add(s.relPath());
        }
        checkContrast("banner title  (TEAL on OFF_WHITE)", TEAL, OFF_WHITE);
        checkContrast("banner strapline (INK on OFF_WHITE)", INK, OFF_WHITE);
        if (!failures.isEmpty()) {
            System.err.println("Checks failed: " + failures);
            System.exit(1);
        }
        System.out.println("Images written under " + images.getParent() + " (" + images.getFileName() + ", "
                + marketing.getFileName() + ")");
    }

    static Path findRoot() {
        Path p = Paths.get("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.exists(q.resolve("plugin/pom.xml")) && Files.isDirectory(q.resolve("docs"))) return q;
        }
        throw new IllegalStateException("Run from inside the repository, or pass its root as the first argument");
    }

    // ---- Rendering infrastructure ----------------------------------------------------------------

    static Spec write(Path root, Spec s, Color bg, Painter p) throws IOException {
        BufferedImage img = render(s.w(), s.h(), s.alpha(), bg, p);
        Path out = root.resolve(s.relPath());
        Files.createDirectories(out.getParent());
        if (!ImageIO.write(img, "png", out.toFile())) throw new IOException("No PNG writer");
        return s;
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /** Draws at SS x the target size, then box-filters down (premultiplied), for clean small icons. */
    static BufferedImage render(int w, int h, boolean alpha, Color bg, Painter p) {
        int bw = w * SS, bh = h * SS;
        BufferedImage big = new BufferedImage(bw, bh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = big.createGraphics();
        hints(g);
        if (bg != null) {
            g.setColor(bg);
            g.fillRect(0, 0, bw, bh);
        }
        g.scale(SS, SS);
        p.paint(g, w, h);
        g.dispose();

        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] px = big.getRGB(0, 0, bw, bh, null, 0, bw);
        Color base = bg != null ? bg : WHITE; // used only when flattening an opaque image
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double a = 0, r = 0, gg = 0, b = 0;
                for (int dy = 0; dy < SS; dy++) {
                    for (int dx = 0; dx < SS; dx++) {
                        int c = px[(y * SS + dy) * bw + x * SS + dx];
                        double ca = ((c >>> 24) & 0xFF) / 255.0;
                        a += ca;
                        r += ca * ((c >> 16) & 0xFF);
                        gg += ca * ((c >> 8) & 0xFF);
                        b += ca * (c & 0xFF);
                    }
                }
                int n = SS * SS;
                a /= n;
                r /= n;
                gg /= n;
                b /= n;
                int argb;
                if (alpha) {
                    if (a <= 0) {
                        argb = 0;
                    } else {
                        argb = (clamp(a * 255) << 24) | (clamp(r / a) << 16) | (clamp(gg / a) << 8) | clamp(b / a);
                    }
                } else {
                    double ia = 1 - a;
                    argb = 0xFF000000 | (clamp(r + ia * base.getRed()) << 16)
                            | (clamp(gg + ia * base.getGreen()) << 8) | clamp(b + ia * base.getBlue());
                }
                out.setRGB(x, y, argb);
            }
        }
        return out;
    }

    static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    static BasicStroke round(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static RoundRectangle2D rrect(double x, double y, double w, double h, double r) {
        return new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r);
    }

    static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    // ---- The mark: two equal rings, interlinked -------------------------------------------------

    /**
     * Two rings of equal size and weight, linked so that each passes over the other once: neither sits
     * on top. Drawn into its own transparent layer so the "over" crossing can cut a clean gap in the
     * ring beneath, whatever the background.
     *
     * @param size overall width of the mark
     */
    static void mark(Graphics2D g, double cx, double cy, double size, Color left, Color right) {
        double t = size * 0.105;          // ring stroke
        double d = size * 0.165;          // half the distance between centres
        double r = (size - t) / 2 - d;    // ring radius (centre of stroke)
        double gap = t * 0.22;            // knock-out either side of the over-passing ring

        AffineTransform tx = g.getTransform();
        Rectangle2D dev = tx.createTransformedShape(new Rectangle2D.Double(cx - size, cy - size, 2 * size, 2 * size))
                .getBounds2D();
        int lw = (int) Math.ceil(dev.getWidth()), lh = (int) Math.ceil(dev.getHeight());
        BufferedImage layer = new BufferedImage(lw, lh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D lg = layer.createGraphics();
        hints(lg);
        lg.translate(-dev.getX(), -dev.getY());
        lg.transform(tx);

        Shape a = circle(cx - d, cy, r);
        Shape b = circle(cx + d, cy, r);
        lg.setStroke(round(t));
        lg.setColor(left);
        lg.draw(a);
        lg.setColor(right);
        lg.draw(b);
        // Upper crossing: left ring passes over the right one (lower crossing: right over left).
        lg.clip(new Rectangle2D.Double(cx - size, cy - size, 2 * size, size));
        lg.setComposite(AlphaComposite.Clear);
        lg.setStroke(round(t + 2 * gap));
        lg.draw(a);
        lg.setComposite(AlphaComposite.SrcOver);
        lg.setStroke(round(t));
        lg.setColor(left);
        lg.draw(a);
        // Lower crossing: redraw the right ring with its own gap.
        lg.setClip(new Rectangle2D.Double(cx - size, cy, 2 * size, size));
        lg.setComposite(AlphaComposite.Clear);
        lg.setStroke(round(t + 2 * gap));
        lg.draw(b);
        lg.setComposite(AlphaComposite.SrcOver);
        lg.setStroke(round(t));
        lg.setColor(right);
        lg.draw(b);
        lg.dispose();

        AffineTransform saved = g.getTransform();
        g.setTransform(new AffineTransform());
        g.drawImage(layer, (int) Math.round(dev.getX()), (int) Math.round(dev.getY()), null);
        g.setTransform(saved);
    }

    /**
     * 16x16: the mark on pixel-aligned geometry (2px rings whose outer edges land on whole pixels),
     * with a 1px gap at each crossing.
     */
    static void pluginIcon(Graphics2D g, double w, double h) {
        double t = 2.0, r = 4.0, cy = 8;
        Shape a = circle(5, cy, r);
        Shape b = circle(11, cy, r);
        Rectangle2D upper = new Rectangle2D.Double(0, 0, w, cy);
        Rectangle2D lower = new Rectangle2D.Double(0, cy, w, h - cy);
        BasicStroke ring = new BasicStroke((float) t);
        BasicStroke cut = new BasicStroke((float) (t + 1.0));
        g.setStroke(ring);
        g.setColor(TEAL);
        g.draw(a);
        g.setColor(AMBER);
        g.draw(b);
        over(g, a, upper, ring, cut, TEAL);
        over(g, b, lower, ring, cut, AMBER);
    }

    /** Redraws {@code ring} inside {@code region} over whatever lies beneath, clearing a thin gap first. */
    static void over(Graphics2D g, Shape ring, Shape region, BasicStroke stroke, BasicStroke cut, Color c) {
        Area gap = new Area(cut.createStrokedShape(ring));
        gap.intersect(new Area(region));
        g.setComposite(AlphaComposite.Clear);
        g.fill(gap);
        g.setComposite(AlphaComposite.SrcOver);
        Area body = new Area(stroke.createStrokedShape(ring));
        body.intersect(new Area(region));
        g.setColor(c);
        g.fill(body);
    }

    /** Marketplace logo: the mark on a deep-teal rounded tile. */
    static void marketplaceLogo(Graphics2D g, double w, double h) {
        g.setColor(TEAL);
        g.fill(rrect(0, 0, w, h, w * 0.2));
        mark(g, w / 2, h / 2, w * 0.74, OFF_WHITE, AMBER);
    }

    // ---- Macro browser icons (80x80, opaque off-white) -----------------------------------------

    /** Co-production principles: a compass — shared direction. */
    static void macroPrinciples(Graphics2D g, double w, double h) {
        double cx = 40, cy = 40;
        g.setColor(WHITE);
        g.fill(circle(cx, cy, 28));
        g.setColor(TEAL);
        g.setStroke(round(4.5));
        g.draw(circle(cx, cy, 28));
        // cardinal ticks
        g.setStroke(round(3));
        for (int i = 0; i < 4; i++) {
            double a = Math.toRadians(90 * i);
            line(g, cx + Math.sin(a) * 18.5, cy - Math.cos(a) * 18.5, cx + Math.sin(a) * 22, cy - Math.cos(a) * 22);
        }
        // needle, tilted towards north-east
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(35), cx, cy);
        Path2D north = new Path2D.Double();
        north.moveTo(cx, cy - 19);
        north.lineTo(cx + 7, cy);
        north.lineTo(cx - 7, cy);
        north.closePath();
        Path2D south = new Path2D.Double();
        south.moveTo(cx, cy + 19);
        south.lineTo(cx + 7, cy);
        south.lineTo(cx - 7, cy);
        south.closePath();
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(AMBER);
        g.fill(north);
        g.draw(north);
        g.setColor(TEAL);
        g.fill(south);
        g.draw(south);
        g.setTransform(saved);
        g.setColor(WHITE);
        g.fill(circle(cx, cy, 3.2));
        g.setColor(TEAL);
        g.setStroke(new BasicStroke(1.8f));
        g.draw(circle(cx, cy, 3.2));
    }

    /** Decision card: a card raised by two parties, with an agreed tick. */
    static void macroDecision(Graphics2D g, double w, double h) {
        Shape card = rrect(12, 14, 50, 52, 7);
        g.setColor(WHITE);
        g.fill(card);
        g.setColor(TEAL);
        g.setStroke(round(3.5));
        g.draw(card);
        // two voices, side by side
        g.setColor(TEAL);
        g.fill(circle(24.5, 28, 5.5));
        g.setColor(AMBER);
        g.fill(circle(33.5, 28, 5.5));
        // text lines
        g.setColor(TEAL_TINT);
        g.setStroke(round(4));
        line(g, 21, 42, 52, 42);
        line(g, 21, 51, 40, 51);
        // agreed tick badge
        g.setColor(OFF_WHITE);
        g.fill(circle(60, 59, 15));
        g.setColor(AMBER);
        g.fill(circle(60, 59, 12));
        g.setColor(TEAL);
        g.setStroke(round(3.6));
        Path2D tick = new Path2D.Double();
        tick.moveTo(54, 59.5);
        tick.lineTo(58.5, 64);
        tick.lineTo(66.5, 54.5);
        g.draw(tick);
    }

    // ---- Create dialog icons (200x150, opaque off-white) ----------------------------------------

    /** Co-produced meeting: a round table with six equal seats, two voices joined by a shared agenda sheet. */
    static void blueprintMeeting(Graphics2D g, double w, double h) {
        double cx = 100, cy = 78;
        // table
        g.setColor(WHITE);
        g.fill(circle(cx, cy, 38));
        g.setColor(TEAL);
        g.setStroke(round(5));
        g.draw(circle(cx, cy, 38));
        // six seats of the same size, alternating colours: nobody at the head of the table
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(60 * i - 90);
            g.setColor(i % 2 == 0 ? TEAL : AMBER);
            g.fill(circle(cx + Math.cos(a) * 58, cy + Math.sin(a) * 58, 10.5));
        }
        // the agenda on the table: a sheet with lines and one tick
        Shape sheet = rrect(cx - 19, cy - 24, 38, 48, 5);
        g.setColor(OFF_WHITE);
        g.fill(sheet);
        g.setColor(TEAL);
        g.setStroke(round(2.6));
        g.draw(sheet);
        g.setColor(TEAL_TINT);
        g.setStroke(round(3.4));
        line(g, cx - 11, cy - 12, cx + 11, cy - 12);
        line(g, cx - 11, cy - 1, cx + 11, cy - 1);
        line(g, cx - 11, cy + 10, cx + 3, cy + 10);
        g.setColor(AMBER);
        g.setStroke(round(3.6));
        Path2D tick = new Path2D.Double();
        tick.moveTo(cx + 5, cy + 10);
        tick.lineTo(cx + 9, cy + 14);
        tick.lineTo(cx + 16, cy + 5);
        g.draw(tick);
    }

    /** Decision record: a page holding a decision card, with the five stages below as joined dots. */
    static void blueprintDecision(Graphics2D g, double w, double h) {
        Shape page = rrect(52, 14, 96, 122, 8);
        g.setColor(WHITE);
        g.fill(page);
        g.setColor(TEAL);
        g.setStroke(round(4));
        g.draw(page);
        // heading and text lines
        g.setColor(TEAL);
        g.setStroke(round(5));
        line(g, 66, 32, 118, 32);
        g.setColor(TEAL_TINT);
        g.setStroke(round(3.6));
        line(g, 66, 45, 134, 45);
        line(g, 66, 55, 124, 55);
        // the decision card on the page
        Shape card = rrect(64, 66, 72, 34, 6);
        g.setColor(AMBER_TINT);
        g.fill(card);
        g.setColor(AMBER);
        g.setStroke(round(3));
        g.draw(card);
        g.setColor(TEAL);
        g.fill(circle(78, 83, 6));
        g.setColor(AMBER);
        g.fill(circle(92, 83, 6));
        g.setColor(TEAL);
        g.setStroke(round(3.4));
        Path2D tick = new Path2D.Double();
        tick.moveTo(107, 83);
        tick.lineTo(112, 88);
        tick.lineTo(123, 76);
        g.draw(tick);
        // five stages: agenda, options, deciding, delivering, reviewing
        g.setColor(TEAL_TINT);
        g.setStroke(round(3));
        line(g, 70, 118, 130, 118);
        for (int i = 0; i < 5; i++) {
            g.setColor(i == 2 ? AMBER : TEAL);
            g.fill(circle(70 + 15 * i, 118, 5));
        }
    }

    /** Shared decision register: a table with a header row and status dots. */
    static void macroRegister(Graphics2D g, double w, double h) {
        double x = 11, y = 15, tw = 58, th = 50, r = 6;
        Shape table = rrect(x, y, tw, th, r);
        g.setColor(WHITE);
        g.fill(table);
        // header band
        g.setClip(table);
        g.setColor(TEAL);
        g.fill(new Rectangle2D.Double(x, y, tw, 12));
        g.setClip(null);
        // rows
        double[] rows = {y + 12, y + 24.7, y + 37.3};
        g.setColor(TEAL_TINT);
        g.setStroke(new BasicStroke(1.6f));
        line(g, x, rows[1], x + tw, rows[1]);
        line(g, x, rows[2], x + tw, rows[2]);
        line(g, x + 17, rows[0], x + 17, y + th);
        for (int i = 0; i < 3; i++) {
            double cy = rows[i] + 6.35;
            g.setColor(i == 1 ? TEAL : AMBER);
            g.fill(circle(x + 8.5, cy, 3.4));
            g.setColor(TEAL_TINT);
            g.setStroke(round(3.6));
            line(g, x + 24, cy, x + (i == 1 ? 41 : 50), cy);
        }
        // header column hints
        g.setColor(OFF_WHITE);
        g.setStroke(round(2.6));
        line(g, x + 5.5, y + 6, x + 11.5, y + 6);
        line(g, x + 23, y + 6, x + 40, y + 6);
        g.setColor(TEAL);
        g.setStroke(round(3.5));
        g.draw(table);
    }

    /** Participant page: a role-neutral person in a shared circle. */
    static void macroParticipant(Graphics2D g, double w, double h) {
        double cx = 40, cy = 40, R = 28;
        Shape disc = circle(cx, cy, R);
        g.setColor(AMBER_TINT);
        g.fill(disc);
        g.setClip(disc);
        g.setColor(TEAL);
        g.fill(circle(cx, 32, 10.5));
        // shoulders: a soft dome
        g.fill(new Ellipse2D.Double(cx - 21, 47, 42, 36));
        g.setClip(null);
        // a gap between head and shoulders keeps the figure readable
        g.setColor(AMBER_TINT);
        g.setStroke(new BasicStroke(2.4f));
        g.draw(circle(cx, 32, 11.7));
        g.setColor(TEAL);
        g.fill(circle(cx, 32, 10.5));
        g.setColor(AMBER);
        g.setStroke(round(4));
        g.draw(disc);
    }

    /** Co-production charter: a scroll signed by two people, side by side. */
    static void macroCharter(Graphics2D g, double w, double h) {
        double x = 17, y = 14, pw = 46, ph = 52;
        // paper
        g.setColor(WHITE);
        g.fill(new Rectangle2D.Double(x, y + 3, pw, ph - 6));
        g.setColor(TEAL);
        g.setStroke(round(3));
        line(g, x, y + 3, x, y + ph - 3);
        line(g, x + pw, y + 3, x + pw, y + ph - 3);
        // rolls at top and bottom
        for (double ry : new double[] {y, y + ph - 6}) {
            Shape roll = rrect(x - 5, ry - 1, pw + 10, 8, 4);
            g.setColor(TEAL);
            g.fill(roll);
            g.setColor(AMBER);
            g.fill(circle(x - 1, ry + 3, 1.8));
            g.fill(circle(x + pw + 1, ry + 3, 1.8));
        }
        // text lines
        g.setColor(TEAL_TINT);
        g.setStroke(round(3.4));
        line(g, x + 8, y + 15, x + pw - 8, y + 15);
        line(g, x + 8, y + 22.5, x + pw - 8, y + 22.5);
        line(g, x + 8, y + 30, x + pw - 16, y + 30);
        // two signatures, equal weight
        g.setStroke(round(2.6));
        g.setColor(TEAL);
        g.draw(signature(x + 6.5, y + 39.5, 15));
        g.setColor(AMBER);
        g.draw(signature(x + pw - 21.5, y + 39.5, 15));
    }

    static Shape signature(double x, double y, double len) {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y + 1);
        p.curveTo(x + len * 0.18, y - 5, x + len * 0.30, y + 5, x + len * 0.45, y);
        p.curveTo(x + len * 0.60, y - 5, x + len * 0.72, y + 4, x + len, y - 1.5);
        return p;
    }

    /** Insights: a small bar chart. */
    static void macroInsights(Graphics2D g, double w, double h) {
        double base = 62, bw = 9.5, gapx = 4.5, x0 = 14.5;
        double[] heights = {16, 27, 21, 38};
        for (int i = 0; i < heights.length; i++) {
            double x = x0 + i * (bw + gapx);
            g.setColor(i % 2 == 0 ? TEAL : AMBER);
            Area bar = new Area(rrect(x, base - heights[i], bw, heights[i] + 6, 3));
            bar.intersect(new Area(new Rectangle2D.Double(x, 0, bw, base)));
            g.fill(bar);
        }
        g.setColor(TEAL);
        g.setStroke(round(3.2));
        line(g, 11, base + 1.6, 69, base + 1.6);
    }

    // ---- Marketplace banner (1120x548) ------------------------------------------------------------

    static void banner(Graphics2D g, double w, double h) {
        // Two paths walking side by side, across the lower part of the banner.
        paths(g, w, h);

        // Mark on the left, wordmark and strapline to its right, centred as a group.
        Font title = font(Font.BOLD, 104);
        Font strap = font(Font.PLAIN, 31);
        FontRenderContext frc = g.getFontRenderContext();
        String[] lines = {"Co-produce as equals \u2014", "and see whether power was really shared"};
        TextLayout tl = new TextLayout("Alongside", title, frc);
        double textW = tl.getAdvance();
        for (String s : lines) textW = Math.max(textW, new TextLayout(s, strap, frc).getAdvance());

        double markSize = 214, gutter = 62;
        double groupW = markSize + gutter + textW;
        double left = (w - groupW) / 2;
        double markCx = left + markSize / 2, markCy = 238;
        mark(g, markCx, markCy, markSize, TEAL, AMBER);

        double tx = left + markSize + gutter;
        double titleBaseline = 224;
        g.setColor(TEAL);
        tl.draw(g, (float) (tx - 4), (float) titleBaseline);

        g.setColor(INK);
        double ly = titleBaseline + 62;
        for (String s : lines) {
            new TextLayout(s, strap, frc).draw(g, (float) tx, (float) ly);
            ly += 44;
        }
    }

    static void paths(Graphics2D g, double w, double h) {
        double y0 = 462;
        Path2D p = new Path2D.Double();
        p.moveTo(-40, y0 + 34);
        p.curveTo(w * 0.30, y0 - 44, w * 0.58, y0 + 72, w + 40, y0 - 36);
        Shape q = AffineTransform.getTranslateInstance(0, 28).createTransformedShape(p);
        g.setStroke(round(11));
        g.setColor(PATH_TEAL);
        g.draw(p);
        g.setColor(PATH_AMBER);
        g.draw(q);
    }

    static Font font(int style, double size) {
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        String family = Arrays.asList(names).contains(FONT_FAMILY) ? FONT_FAMILY : Font.SANS_SERIF;
        if (!family.equals(FONT_FAMILY)) System.out.println("note: " + FONT_FAMILY + " not found, using " + family);
        return new Font(family, style, 10).deriveFont((float) size);
    }

    // ---- Contrast check (WCAG 2.x) -------------------------------------------------------------

    static double luminance(Color c) {
        double[] ch = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            ch[i] = ch[i] <= 0.03928 ? ch[i] / 12.92 : Math.pow((ch[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    }

    static void checkContrast(String label, Color fg, Color bg) {
        double l1 = luminance(fg), l2 = luminance(bg);
        double ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        boolean ok = ratio >= 4.5;
        System.out.printf("%-4s contrast %-40s %.2f:1%n", ok ? "ok" : "FAIL", label, ratio);
        if (!ok) failures.add(label);
    }
}
