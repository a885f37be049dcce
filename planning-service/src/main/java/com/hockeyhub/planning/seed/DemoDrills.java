package com.hockeyhub.planning.seed;

import java.util.List;
import java.util.UUID;

/** The demo club's drill library: real hockey drills, a few shared with every club. */
final class DemoDrills {

    record Drill(UUID id, String name, String description, String category, String difficulty, int minutes,
                 int min, int max, String ages, String tags, boolean shared) {
    }

    private DemoDrills() {
    }

    private static Drill d(int n, String name, String description, String category, String difficulty, int minutes,
            int min, int max, String ages, String tags, boolean shared) {
        return new Drill(DemoPlanningSeed.id("00000000" + (6000 + n)), name, description, category, difficulty,
                minutes, min, max, ages, tags, shared);
    }

    static final List<Drill> ALL = List.of(
            d(1, "2-on-1 rush with backchecker",
                    "Two forwards attack one defender from the far blue line while a backchecker chases; finish on "
                            + "net. Read the defender's gap: pass early against a tight gap, shoot against a soft one.",
                    "offense", "intermediate", 12, 6, 20, "U12,U14,U16", "rush,odd-man,backcheck", true),
            d(2, "3-on-2 regroup",
                    "Defense regroups with a D-to-D pass, hits the middle lane on the fly; 3-on-2 the other way.",
                    "transition", "advanced", 15, 8, 20, "U16,Junior,Senior", "regroup,rush", false),
            d(3, "Edge work figure eights",
                    "Inside and outside edges around the circles, crossovers at the dots, stops facing the boards.",
                    "skating", "beginner", 8, 1, 30, "U10,U12,U14", "edges,crossovers", true),
            d(4, "Net-front battle",
                    "Defender boxes out, forward fights for the screen while the point shoots low for tips.",
                    "battle", "intermediate", 10, 4, 12, "U14,U16,U18", "screen,tips,compete", false),
            d(5, "Breakout under pressure",
                    "Coach dumps the puck in; D retrieves against a forechecker, wall or middle option.",
                    "defense", "intermediate", 12, 6, 18, "U14,U16,U18", "breakout,retrieval", false),
            d(6, "Cross-ice small area game",
                    "3-on-3 in one zone, two nets; 40-second shifts, puck in play at all times.",
                    "small_area_game", "beginner", 15, 6, 12, "U10,U12,U14,U16", "compete,hands", false),
            d(7, "Russian circles",
                    "Players skate the five circles in sequence: forward crossovers on the first, backward on the "
                            + "second, tight turns on the third, transitions on the last two. Heads up, stick on ice.",
                    "skating", "intermediate", 8, 1, 30, "U12,U14,U16,U18,Junior", "crossovers,transitions,agility",
                    true),
            d(8, "Stop and start lines",
                    "Blue line, red line, far blue line and back with two-foot hockey stops facing the same side "
                            + "each time; explosive first three strides out of every stop.",
                    "conditioning", "beginner", 6, 1, 30, "U10,U12,U14,U16,U18", "stops,starts,acceleration", false),
            d(9, "Mohawk pivots at the dots",
                    "Skate forward to a dot, open the hips with a mohawk turn and skate backward to the next dot; "
                            + "defensemen add a gap-control pivot against a coach.",
                    "skating", "advanced", 10, 1, 24, "U14,U16,U18,Junior", "pivots,mohawk,defense", false),
            d(10, "Tight turns and protect the puck",
                    "Carry the puck around pylons with tight turns, body between pylon and puck, then attack the net "
                            + "and shoot in stride.",
                    "skating", "intermediate", 10, 4, 20, "U10,U12,U14,U16", "tight turns,puck protection", false),
            d(11, "Overspeed relay",
                    "Two teams race a full-ice relay with a puck; each lap ends with a give-and-go to the next "
                            + "skater. Losers do one more lap.",
                    "conditioning", "beginner", 8, 8, 30, "U10,U12,U14", "speed,fun,relay", false),
            d(12, "Partner passing on the move",
                    "Pairs skate the length of the ice passing tape to tape, forehand then backhand, receiving on "
                            + "the move without stopping the skates.",
                    "passing", "beginner", 8, 2, 30, "U8,U10,U12,U14", "tape to tape,backhand", true),
            d(13, "Give-and-go at the blue line",
                    "Forward passes to a coach at the blue line, drives wide, takes the return pass in stride and "
                            + "shoots from the top of the circle.",
                    "passing", "beginner", 10, 4, 20, "U10,U12,U14,U16", "give and go,timing,shooting", false),
            d(14, "Triangle passing in the zone",
                    "Three players move the puck around a triangle of pylons, one-touch when possible, then the "
                            + "coach calls a shooter and the other two crash the net.",
                    "passing", "intermediate", 10, 3, 18, "U12,U14,U16,U18", "one-touch,puck movement", false),
            d(15, "Saucer pass over the stick",
                    "Partners saucer passes over a stick laid on the ice, forehand and backhand, then in motion "
                            + "over a defender's stick.",
                    "passing", "intermediate", 8, 2, 24, "U12,U14,U16,U18", "saucer,touch", false),
            d(16, "Stretch pass breakout",
                    "D retrieves a rim, passes to the strong-side winger who chips to the stretching centre at the "
                            + "far blue line; the centre attacks 1-on-0.",
                    "transition", "intermediate", 12, 6, 20, "U14,U16,U18,Junior", "stretch,breakout,centre", false),
            d(17, "Quick-release wrist shots",
                    "Shooters take a pass in the slot and release within one second, changing the angle of the "
                            + "release; goalies track from the post.",
                    "shooting", "intermediate", 10, 3, 20, "U12,U14,U16,U18,Junior", "wrist shot,release", true),
            d(18, "One-timers from the half wall",
                    "Half-wall player feeds the weak-side shooter for a one-timer at the far dot; rotate positions "
                            + "every five shots. Power-play shape.",
                    "shooting", "advanced", 12, 4, 16, "U16,U18,Junior,Senior", "one-timer,power play", false),
            d(19, "Shooting in stride off the rush",
                    "Forwards carry wide down the boards and shoot far side in stride from the top of the circle, "
                            + "then stop at the net for a rebound.",
                    "shooting", "beginner", 10, 4, 24, "U10,U12,U14,U16", "rush,shot,rebound", false),
            d(20, "Rebound and second-chance shots",
                    "Point shot low to the pads; two forwards battle for the rebound and bury it before the goalie "
                            + "sets.",
                    "shooting", "intermediate", 10, 4, 14, "U14,U16,U18,Junior", "rebound,net front", false),
            d(21, "Backhand shelf",
                    "Deke from forehand to backhand in close and lift the backhand under the bar; start slow, add "
                            + "speed and a defender's stick.",
                    "shooting", "advanced", 8, 2, 20, "U14,U16,U18,Junior", "backhand,deke,in close", false),
            d(22, "Cycle low and attack the net",
                    "Two forwards cycle behind the goal line against one defender, the third attacks from the point "
                            + "lane; shoot when the defender chases.",
                    "offense", "intermediate", 12, 5, 15, "U14,U16,U18,Junior", "cycle,low play,o-zone", false),
            d(23, "Point shot and net drive",
                    "D walks the blue line to open a lane and shoots low; forwards drive the net for tips and "
                            + "screens. Switch sides every rep.",
                    "offense", "intermediate", 10, 5, 15, "U14,U16,U18,Junior,Senior", "point,screen,tips", false),
            d(24, "2-on-2 down low",
                    "Two forwards against two defenders below the dots; puck starts in the corner, play to a goal "
                            + "or a clear.",
                    "battle", "intermediate", 10, 4, 12, "U12,U14,U16,U18", "compete,down low,2-on-2", false),
            d(25, "Gap control 1-on-1",
                    "Defender pivots at the far blue line against a forward with speed: close the gap at the red "
                            + "line, stick on puck, angle to the boards.",
                    "defense", "intermediate", 12, 4, 20, "U12,U14,U16,U18,Junior", "gap,1-on-1,angling", true),
            d(26, "Angling to the boards",
                    "Checker takes away the middle with stick and body and steers the puck carrier to the wall; "
                            + "finish with a legal body contact or stick lift.",
                    "defense", "beginner", 10, 4, 20, "U10,U12,U14,U16", "angling,body position", false),
            d(27, "D-zone coverage 5-on-5",
                    "Walk-through then live: low-zone collapse, weak-side D at the net, centre down low, wingers "
                            + "on the points. Coach moves the puck to test rotations.",
                    "defense", "advanced", 15, 10, 12, "U16,U18,Junior,Senior", "d-zone,systems,coverage", false),
            d(28, "Penalty kill box rotation",
                    "Four killers hold the box against five; rotate on passes, pressure on bobbles, clear on "
                            + "possession.",
                    "defense", "advanced", 12, 9, 14, "U16,U18,Junior,Senior", "penalty kill,special teams,box",
                    false),
            d(29, "Power play umbrella entry",
                    "Drop pass entry into the umbrella: point-half wall-net front; work the puck to the one-timer "
                            + "or low to the goal line.",
                    "offense", "advanced", 12, 9, 14, "U16,U18,Junior,Senior", "power play,special teams,entry",
                    false),
            d(30, "1-2-2 forecheck",
                    "F1 angles the D to one side, F2 takes the wall, F3 high; D pinch on the strong side. Live "
                            + "against a three-man breakout.",
                    "defense", "advanced", 15, 10, 18, "U16,U18,Junior,Senior", "forecheck,systems", false),
            d(31, "Neutral zone regroup 3-on-3",
                    "Coach rims the puck to the D who regroup through the neutral zone; forwards stretch and swing, "
                            + "then 3-on-3 to the far net.",
                    "transition", "advanced", 12, 9, 18, "U16,U18,Junior", "regroup,neutral zone", false),
            d(32, "Quick-up counterattack",
                    "On a coach's whistle the defending team turns the puck over and hits the first open forward "
                            + "within two seconds; 3-on-2 the other way.",
                    "transition", "intermediate", 12, 8, 20, "U14,U16,U18,Junior", "counterattack,turnover", false),
            d(33, "Goalie butterfly slides",
                    "Goalie slides post to post in the butterfly, squares up to a shooter at each dot, recovers "
                            + "to the feet between sets.",
                    "goalie", "intermediate", 10, 1, 4, "U12,U14,U16,U18,Junior", "butterfly,movement", true),
            d(34, "Goalie tracking and rebound control",
                    "Shots from the point through traffic; the goalie tracks the puck to the body and steers "
                            + "rebounds to the corners.",
                    "goalie", "intermediate", 10, 2, 8, "U14,U16,U18,Junior,Senior", "tracking,rebounds", false),
            d(35, "Goalie post play (RVH)",
                    "Pucks from below the goal line and wraparounds: reverse-VH seal, push to the top of the crease "
                            + "for the pass out.",
                    "goalie", "advanced", 10, 2, 6, "U16,U18,Junior,Senior", "rvh,post,wraparound", false),
            d(36, "Corner battle 1-on-1",
                    "Coach dumps to the corner, two players race for it; win it and score or get it out to the "
                            + "point. 30-second reps.",
                    "battle", "beginner", 10, 2, 16, "U10,U12,U14,U16,U18", "compete,corner,puck battles", false),
            d(37, "Keep-away in the circle",
                    "Three against one inside a face-off circle; the one wins by touching the puck. Work on puck "
                            + "protection and support angles.",
                    "battle", "beginner", 8, 4, 20, "U8,U10,U12,U14", "puck protection,support", false),
            d(38, "Blue-line to blue-line conditioning",
                    "Skate hard between the blue lines for 30 seconds, glide 30, six reps; track the number of "
                            + "lengths per rep.",
                    "conditioning", "intermediate", 8, 1, 30, "U14,U16,U18,Junior,Senior", "intervals,anaerobic",
                    false),
            d(39, "Full-ice backskating sprints",
                    "Backward C-cuts goal line to goal line, pivot at the far line and sprint forward back; "
                            + "defensemen last.",
                    "conditioning", "intermediate", 6, 1, 30, "U12,U14,U16,U18", "backward skating,sprints", false),
            d(40, "3-on-3 down low with a point man",
                    "Three attackers with a coach at the point against three defenders below the tops of the "
                            + "circles; the point can only shoot or pass.",
                    "small_area_game", "intermediate", 12, 6, 14, "U12,U14,U16,U18", "compete,down low,support",
                    false),
            d(41, "Two-touch small area game",
                    "4-on-4 in the neutral zone with two small nets; each player has at most two touches — move the "
                            + "puck and find space.",
                    "small_area_game", "intermediate", 12, 8, 16, "U12,U14,U16,U18", "passing,space,compete", true),
            d(42, "Gauntlet stickhandling",
                    "Players stickhandle through a lane of coaches and teammates poking at the puck; keep the head "
                            + "up and protect with the body.",
                    "skating", "beginner", 8, 4, 24, "U8,U10,U12,U14", "stickhandling,puck protection", false),
            d(43, "Face-off plays",
                    "Centres practise clean draws back to the D; wingers run a set play off a won draw in the "
                            + "offensive zone: shot from the point, net front tip.",
                    "offense", "intermediate", 10, 5, 12, "U14,U16,U18,Junior,Senior", "faceoff,set play", false),
            d(44, "3-on-2 continuous",
                    "A 3-on-2 rush; the two defenders and a new forward go back the other way as three against two "
                            + "fresh defenders. Keep it flowing.",
                    "transition", "intermediate", 15, 10, 20, "U12,U14,U16,U18,Junior", "rush,odd-man,continuous",
                    false),
            d(45, "Shootout and breakaway moves",
                    "Breakaways from the red line: one deke, shoot in stride or the backhand, goalie challenges the "
                            + "top of the crease. End of practice, fun.",
                    "shooting", "beginner", 10, 2, 30, "U8,U10,U12,U14,U16,U18", "breakaway,deke,fun", false),
            d(46, "Wide drive and delay",
                    "Puck carrier drives wide, delays at the half wall with a tight turn and finds the late "
                            + "trailer or the D jumping into the play.",
                    "offense", "advanced", 12, 4, 16, "U16,U18,Junior,Senior", "delay,trailer,o-zone entry", false));
}
