"""Words the reader knows, one object per language: pack and unit words, the words that name a
pack variant of a product, and the cue words of supplier and customer intents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lexicon:
    """One language's words. Unit words say what is counted: a whole case (`container`), a
    single piece (`item`), the product's own selling unit (`neutral`: a box, a bag), or either
    of a case and a piece (`either`: 件 is a carton in the trade and a piece in "12件装")."""

    lang: str
    container: tuple[str, ...]
    item: tuple[str, ...]
    neutral: tuple[str, ...]
    either: tuple[str, ...] = ()
    # Words before a product saying it is bought by the piece, not by the case.
    loose: tuple[str, ...] = ()
    # Words after a product saying it is bought by the piece ("Tea by the piece, 4",
    # "26 Tea - singles please", "花生油 11个，不要整箱").
    by_the_piece: tuple[str, ...] = ()
    # ... or by the case ("Tea by the case: 4", "按箱要 3").
    by_the_case: tuple[str, ...] = ()
    # Words before a unit that do not change it ("3 full cases").
    unit_adjectives: tuple[str, ...] = ()
    # Patterns that end a product's name with its pack ("(Case of 12)", "Family Size", "（12件装）").  # noqa: E501
    variant_suffixes: tuple[str, ...] = ()
    # Words that say how many pieces one pack holds, not how many are ordered ("12 per
    # carton", "每箱12瓶", "12瓶装"); the figure is the group `size` (folded text).
    pack_size: tuple[str, ...] = ()
    # Intent cue words: intent name -> words (regular expressions, folded text).
    supplier_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    customer_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # How a postscript starts: a correction there amends this message, not an earlier order.
    postscript: tuple[str, ...] = ()
    # Words that make a sentence hypothetical: "the price if we took 7 cases" orders nothing.
    conditional: tuple[str, ...] = ()


EN = Lexicon(
    lang="en",
    container=(
        "cases", "case", "cs", "cartons", "carton", "ctns", "ctn", "crates", "crate",
        "outers", "outer", "shippers", "shipper", "ca",
        # Malay and Indonesian buyers: karton, dus (a carton), peti (a crate)
        "karton", "dus", "peti", "flats", "flat",
        # Spanish, French and German: cajas, caisses, Kartons, Kisten
        "cajas", "caja", "caisses", "caisse", "kartons", "kisten", "kiste",
        "caixas", "caixa", "cx",  # Portuguese
    ),
    item=(
        "bottles", "bottle", "jars", "jar", "cans", "can", "tins", "tin", "pieces", "piece",
        "pcs", "bars", "bar", "glasses", "glass", "pies", "pie", "rounds", "round", "items",
        "item", "singles", "each", "ea", "pc", "sets", "set", "nos", "btls", "btl", "tubs",
        "tub", "tubes", "tube",
        "biji", "botol",  # Malay and Indonesian: pieces, bottles
        # Spanish, French and German: pieces, bottles
        "unidades", "unidad", "piezas", "pieza", "botellas", "botella", "unites", "unite",
        "bouteilles", "bouteille", "stueck", "stuck", "stk",
    ),
    neutral=(
        "units", "unit", "packages", "package", "packets", "packet", "packs", "pack", "pkgs",
        "pkg", "pkts", "pkt", "pks", "pk", "boxes", "box", "bags", "bag", "trays", "tray",
        "sacks", "sack", "pallets", "pallet", "lots",
        "kotak", "bungkus", "pek",  # Malay and Indonesian: box, packet, pack
    ),
    loose=("single", "loose", "individual"),
    by_the_piece=(
        r"\bby the (?:piece|unit|item|each|bottle|can|jar|tin|tube|bag|packet|pc)s?\b",
        r"\bsingles\b",
        r"\b(?:single|individual) (?:unit|piece|item|bottle|bag|can|jar|tin|tube|box|pack|packet|"
        r"pc)s?\b",
        r"\bunboxed\b",
        r"\bnot (?:by the |in )?(?:case|carton)s?\b", r"\bno (?:case|carton)s\b",
        r"\bloose\b(?![ \t]+[a-z])", r"\b(?:split|broken|open) cases?\b", r"\bretail units?\b",
        r"\bno (?:full |whole )?(?:case|carton)s\b", r"\bnot (?:in )?(?:full |whole )cases\b",
        r"\bloose (?:pieces|units|items|ones?)\b", r"\((?:individual|single|loose)\b[^)\n]{0,20}\)",
    ),
    by_the_case=(
        # Not "by the carton": milk and juice come one to a carton, so that one stays open.
        r"\bby the (?:case|crate)s?\b",
        r"(?<!no )(?<!not )\b(?:full|whole|unopened|sealed) cases\b",
    ),
    unit_adjectives=(
        "full", "whole", "complete", "master", "unopened", "sealed", "unbroken", "closed",
        "original", "intact", "more", "extra", "additional",
    ),
    variant_suffixes=(
        r"\s*\((?:case|pack|box|carton)\s+of\s+\d+(?:\s+\w+)?\)$",
        r"\s+(?:family|value|party)\s+(?:size|pack)$",
        r"\s+\d+\s*(?:pack|pk)$",
    ),
    pack_size=(
        r"(?<![\d.])(?P<size>\d+)\s*(?:[a-z]+\s+)?(?:per|in each|in a|to a|each)\s+"
        r"(?:case|carton|ctn|box|pack|crate|tray)\b",
        # "4 x full case Mixed Nuts (12 pkts inside)": what one case holds.
        r"(?<![\d.])(?P<size>\d+)[ \t]*[a-z]{1,8}\.?[ \t]+inside\b",
        # "1x12", "10 x 12", "5 x 12pk": so many packs of twelve (not "12 x 500ml").
        # (not a name's figure: "Notebook A5 x 11 pieces" counts eleven notebooks)
        r"(?<=\d)(?<![a-z]\d)(?<![a-z]\d\d)[ \t]*[x×][ \t]*(?P<size>\d+)(?![\d,]|\.\d)"
        r"(?![ \t]*(?:ml|cl|l|ltr|g|gr|kg|oz|lbs?|cases?|cs|cartons?|ctns?)\b)"
        r"(?:[ \t]*-?[ \t]*(?:pk|pack)s?\b)?",
        # "(12/cs)", "12/case": twelve to the case.
        r"(?<![\d./])(?P<size>\d+)[ \t]*/[ \t]*(?:cs|case|ctn|carton|box)\b",
        # "CHEDDAR CHEESE 12X1    4 CS": a purchase system's pack (twelve of one), the count
        # further along the row.
        # (after a name's last word or figure: "NOTEBOOK A5 12X1    6 CS")
        r"(?<=[a-z0-9] )(?P<size>\d+)[x×]1(?=[ \t]{2,}\d+[ \t]*(?:cs|ca|ctns?|cases?|ea|pcs?)\b)",
        # "(12ea/box)", "12 btl/ctn", "(12 tin/ctn)": twelve pieces to the case.
        r"(?<![\d./])(?P<size>\d+)[ \t]*[a-z]{1,5}[ \t]*/[ \t]*(?:cs|case|ctn|carton|box)\b",
        # "in cases of 12", "by the carton of 24": what one case holds.
        r"\b(?:in|by the)[ \t]+(?:case|carton|ctn|box|crate)s?[ \t]+of[ \t]+(?P<size>\d+)\b",
        # "12-unit case", "24-bottle carton": so many pieces to the case.
        r"(?<![\d.])(?P<size>\d+)[ \t]*-?[ \t]*(?:units?|pieces?|pcs|bottles?|bags?|packets?|"
        r"cans?|tins?|jars?)[ \t]*-?[ \t]*(?=(?:case|carton|ctn|box|crate)s?\b)",
        # "12ct case", "(12 ct)", "12-count carton": twelve to the case.
        r"(?<![\d.])(?P<size>\d+)[ \t]*-?[ \t]*(?:ct|count)\b",
        # "Chili Oil 12-pack x 2": two packs of twelve.
        r"(?<![\d.])(?P<size>\d+)[ \t]*-?[ \t]*(?:pack|pk)[ \t]*[x×][ \t]*(?=\d)",
        # "Gel Pens x12, two cases": twelve to a case when cases are counted right after;
        # "Black Tea x12" alone counts twelve, and so does "Tea x20, 7cs butter" (the cases are
        # the next goods').
        r"(?<![a-z0-9])[x×](?P<size>\d+)(?!\d)"
        r"(?=[ \t]*[,;:-]?[ \t]*(?:\d+|an?|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
        r"(?:twen|thir|for|fif)ty(?:[ -][a-z]+)?)[ \t]*(?:cases?|cs|cartons?|ctns?|crates?)\b"
        # (one space then a word: the next goods' name; a dash, folded to spaces, ends the
        # clause: "Hand Cream x12, 11 cases - must arrive by Friday" keeps twelve to the case)
        r"(?![ \t](?:of[ \t]+)?(?!(?:please|pls|plz|thanks|thx|only|each|total|in)\b)[a-z]{3,}))",
    ),
    supplier_cues={
        "shortage": (
            r"out of stock", r"\bshort\b", r"short shipment", r"ships? in part", r"only (?:do )?part",  # noqa: E501
            r"balance next", r"rest follows", r"back ?order", r"(?:insufficient|not enough|low) stock",  # noqa: E501
            r"can(?:'t|not| only) (?:ship|supply|send|deliver|fill) (?:all|the full|in full|part)",
            r"partial (?:shipment|delivery|arrival|fill)", r"\bunavailable\b",
            r"\bpart shipment\b", r"(?:could|can)(?:not| not) be supplied in full",
            r"\binvoicing only what (?:was|we) shipped\b",
            r"(?:remainder|remaining|balance) (?:to )?follow",
            r"only (?:part|some) (?:of (?:it|them|the order) )?(?:arrived|came in)",
            # "we can send half now, the rest later": part of the goods now, the rest after.
            r"\b(?:send|ship|deliver|get) (?:you )?(?:half|part|some)\b.{0,30}"
            r"\b(?:now|first|today)\b",
            r"\b(?:the )?rest (?:later|to follow|when|once|as soon)\b", r"\bhalf now\b",
        ),
        "delivery_date": (
            r"\bcustoms hold\b", r"\bon hold\b", r"\bexpect to deliver\b",
            r"\bdelay", r"\blate\b", r"running behind", r"new (?:date|eta)",
            r"expected arrival is now", r"postpone", r"push(?:ed)? (?:back|out)", r"reschedul",
            r"revised (?:date|eta|delivery)", r"\bslip",
            r"mov(?:ed|ing|e) (?:the )?(?:delivery|shipment|eta|date) to", r"\bre ?schedul",
            r"new delivery date", r"\b(?:been|got|gets|was) pushed\b", r"\bgot bumped\b",
            r"\bnow looking at\b",
            r"will now (?:arrive|ship|be (?:delivered|with you|dispatched))",
            r"\bnow (?:due|expected|arriving|scheduled|lands?)", r"\blands? on\b",
            r"(?:isn'?t|is not|won'?t|will not|not) (?:going to )?(?:make it|be there|arrive) "
            r"(?:on|in) time",
            r"\bearliest (?:we|i|it|possible|date|delivery)\b", r"\bheld up\b",
            r"\bnot (?:be able to )?(?:deliver|ship|get (?:it|them) to you) "
            r"(?:until|till|before)\b",
            r"\b(?:delivery|shipment|dispatch|eta) (?:date )?(?:has )?(?:been )?"
            r"(?:moved|changed)\b",
            r"\b(?:has|have) pushed\b",
            # "... ready for delivery on Monday December 15 instead": a new day for it
            r"\b(?:on|for|by) [^.\n]{1,40}\binstead\b",
        ),
        "price_change": (
            r"price (?:change|increase|list|update|adjustment|revision|rise)", r"goes up to", r"new price", r"raise[sd]? (?:the |our )?price",  # noqa: E501
            r"\bnew (?:net |unit |list |selling )?price\b", r"\blist price\b",
            r"\brevised (?:list |net |unit )?price", r"\(previously \d",
            r"price of .{1,60} will change", r"updated price", r"\bpricing\b",
            r"price (?:for|of) .{1,60} (?:moves|goes|rises|increases|changes|will be)",
            r"costs? (?:are|is|have gone) up", r"\d\s*(?:->|→|=>)\s*\d",
            r"(?:increase|adjust|revise)[sd]? (?:our|the|its) prices?",
            # "we've had to put Iced Tea up to 1.89 from Monday": a price raised to a figure.
            r"\b(?:put|putting|bump(?:ed|ing)?|push(?:ed|ing)?) .{1,60}? up to \d",
            r"\b(?:is|are|has|have|had) (?:gone|going|to go) up\b",
            r"\b(?:goes|going|moves?|rises?|increases?) from \d[\d.,]* to \d",
            r"\bgone through the roof\b",
        ),
        "invoice": (
            r"\binvoice\b", r"\bbill\b", r"payment due", r"amount due", r"due on", r"\bbilling\b",
            r"amount payable", r"\bstatement of account\b", r"\binv\b",
            # Spanish, French, German: factura (CFDI), facture, Rechnung; fecha de vencimiento
            r"\bfactura\b", r"\bfacture\b", r"\brechnung\b", r"\bvencimiento\b", r"\bcfdi\b",
        ),
        "order_confirmation": (
            r"received your (?:purchase )?order", r"acknowledg", r"all confirmed",
            r"thanks? (?:you )?for (?:your )?(?:order|po|purchase order)", r"expect delivery", r"will be delivered",  # noqa: E501
            r"confirm (?:acceptance|receipt|your (?:order|po)|the (?:order|po))", r"\baccepted\b",
            r"received and (?:booked|confirmed|scheduled|accepted)", r"booked in",
            r"(?:order|po) (?:is |has been )?confirmed", r"scheduled (?:to arrive|for delivery)",
            r"will (?:ship|dispatch|deliver) (?:on|by)", r"pleased to confirm", r"in our system",
            r"\bis in and booked\b", r"\bbooked (?:on|for|in)\b",
            r"(?:delivery|shipment|dispatch) (?:is |has been )?(?:booked|scheduled|planned)",
            r"we(?:'ll| will) deliver (?:on|by)",
            r"\b(?:locked|pencilled|penciled|slotted|lined) (?:it )?in\b",
            r"\bgot (?:your|the) (?:order|po|purchase order)\b", r"\b(?:all )?sorted for\b",
            r"\breceived (?:your |the )?(?:po|purchase order)(?:\b|(?=\d))",
            r"\bentered (?:it|the order|your order|the po) for delivery\b",
        ),
    },
    customer_cues={
        "cancel_order": (
            r"\bcancel", r"call (?:it|them) off", r"\bwithdrawn?\b",
            r"no longer need (?:the |this |that )?order",
            r"we no longer need", r"\bvoid\b", r"do not ship", r"don'?t ship", r"pulled out",
        ),
        "complaint": (
            r"has (?:still )?not (?:arrived|turned up)", r"nothing has turned up",
            r"\bhas ?n ?t (?:yet )?(?:arrived|turned up|come|shown up|landed)\b",
            r"should have (?:arrived|been here|been delivered)", r"still waiting (?:for|on)",
            r"\bstill (?:dont|do not|havent|have not) (?:have|got|received|seen)\b",
            r"\bnothing (?:has been|was|have been) (?:received|delivered)\b",
            r"\b(?:was|were) to (?:come|arrive|land|be delivered)\b", r"\b(?:eh|not) reach yet\b",
            r"(?:not|never) (?:yet )?(?:received|arrived)", r"where is (?:our|my|the) (?:order|delivery|goods)",  # noqa: E501
            r"still (?:have|got|received) nothing", r"(?:was|were) promised", r"\bchasing\b",
            r"still outstanding", r"\bwas due\b",
            r"\bwhere'?s (?:my |our |the )?(?:order|delivery|stuff|goods|[a-z]{0,3}\d)",
            r"\b(?:was|were) (?:meant|supposed) to (?:land|arrive|come|be (?:here|delivered))",
            r"\bnothing (?:yet|so far)\b",
            r"\bnothing (?:has )?(?:arrived|turned up|come)\b", r"\bno record of\b",
            r"\bsupposed to (?:reach|arrive|come|land|be (?:here|delivered))\b",
            r"\bstill (?:never|not) (?:come|came|arrived?|reach(?:ed)?)\b",
            r"\bno goods (?:have|has) (?:been )?(?:received|arrived)\b", r"\bto date no\b",
            r"\btodavia nada\b", r"\btenia que llegar\b", r"\btoujours rien\b",
            r"\brien re[cç]u\b", r"\bpas encore (?:re[cç]u|arrive)",
            r"\bera (?:pra|para) chegar\b", r"\bate agora nada\b", r"\bainda nao chegou\b",
            r"\bwala pa\b", r"\bhindi pa (?:po )?(?:dumating|dumarating)\b",
            r"\bdapat (?:po )?(?:dumating|darating)\b",
        ),
        "add_to_order": (
            r"\badd\b.{0,40}\bto (?:that|it|this|the order|our order|that order)\b",
            r"\boh,? and add\b", r"\bon that one\b", r"^\s*\+\s*\d",
            r"\bon that[.! ]*$", r"\bagrega(?:me)?\b", r"\banade(?:me)?\b", r"\bajout(?:e|ez)\b",
            # "also 2 cases of tea on the last order": more on an order already placed.
            r"\b(?:on|to|with) (?:the|my|our) (?:last|previous|earlier|latest) order\b",
            r"^\s*[+➕]\s*\S", r"same (?:delivery|truck|van|run|shipment)",
            r"(?:nearly|almost) forgot", r"forgot (?:to add|the)",
            r"^\W*forgot\b",
            r"\b(?:i|we) (?:forgot|forget)\b", r"\badd\b.{0,40}\balso\b",
            # ("further to our call, I confirm our order" places one)
            r"\bfurther to (?:the above|(?:my|our) (?:last|previous|earlier) "
            r"(?:order|message|mail))\b",
            r"\bplease (?:also )?include\b", r"\bthrow in\b", r"\bsame drop\b", r"\bon as well\b",
            r"\b(?:can|could|would) (?:u|you) (?:also |please |pls )?add\b", r"\bone more thing\b",
            # "add 1 case to the barge order", "oh, and could you ..." (a chat's afterthought)
            r"\badd\b.{0,40}\bto (?:the|our|my|that|this) (?:[a-z]+ ){0,2}(?:order|cart|basket)\b",
            r"\bone more (?:for|on|to) (?:the|our|my|that|this)\b",
            r"^\W*oh,? and\b",
            # Filipino "pahabol" (one more, sent after); Portuguese "put 2 more on that order"
            r"\bpahabol\b", r"\b(?:coloca|acrescenta|adiciona|inclui)(?:r)? mais\b",
            r"\b(?:nesse|neste|naquele|no mesmo) pedido\b",
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) more (?:cs|cases?|ctns?|"
            r"cartons?|boxes|bottles|packs?)\b",
        ),
        "payment_promise": (
            r"we will pay", r"we(?:'ll| shall) pay", r"transfer (?:for .{1,30})?goes out",
            r"payment will (?:be made|go out)", r"will settle", r"will transfer",
            # "we'll pay" folds to "well pay"
            r"\b(?:we|i) ?ll (?:pay|settle|transfer|remit)\b",
            r"scheduled for payment", r"payment (?:is |has been )?scheduled", r"will be paid",
            r"\b(?:we|i)(?:'ll|'re| will| are| am| shall)? (?:be )?paying\b",
            r"remit(?:tance)? (?:on|by)", r"will be settled", r"\bsettled? (?:on|by)",
            r"payment for .{1,40} is scheduled", r"\bis scheduled for payment\b",
            r"payment run",
            # (apostrophes fold away: "I'll" reads "ill")
            r"\b(?:i ?ll|we ?ll|i will|we will) (?:get|have) (?:it|this|that|them|the \w+) "
            r"(?:paid|settled|sent)",
            r"\bremittance\b.{0,40}\b(?:will be|is being|goes) (?:released|sent|made|out)\b",
            r"\bwill (?:bank in|remit|pay)\b", r"\bbank(?:ed)? in on\b",
            r"\b(?:go|going|goes) out\b",
            r"\bwill be (?:transferred|remitted|wired)\b", r"\brelease (?:the )?payment\b",
            r"\bpayment\b.{0,60}\bwill be released\b",
            # Spanish, French and German: el pago sale el 15, le virement partira, die Zahlung
            r"\bel pago\b", r"\bpagaremos\b", r"\btransferencia\b", r"\bvirement\b",
            r"\bpaiement\b", r"\bregler(?:ons|a)\b", r"\bzahlung\b", r"\bueberweis",
            # Portuguese and Filipino: o pagamento sai dia 9, ang bayad po ay sa 14
            r"\bpagamento\b", r"\bvamos pagar\b", r"\bbayad\b", r"\bmagbabayad\b",
            r"\bpayment\b.{0,60}\b(?:is |has been )?scheduled\b",
            r"\bwill be with you\b",
            r"\bpayment (?:for|of|on) .{0,60}\bwill be\b",
            # "I go pay it 11th of December", "we pay 15 January"
            r"\b(?:i|we) (?:go |gonna |going to |can )?pay\b"
            r"(?! (?:you )?(?:a|the)? ?(?:visit|attention))",
        ),
    },
    postscript=(r"p\.?\s?s\b\.?",),
    conditional=(r"\bif we\b", r"\bif i\b", r"\bwere we to\b", r"\bsupposing\b"),
)  # fmt: skip

ZH = Lexicon(
    lang="zh",
    container=("整箱", "整件", "原箱", "成箱", "箱子", "箱"),
    item=(
        "瓶", "罐", "听", "个", "個", "块", "只", "隻", "支", "条", "台", "樽", "把",
        "本", "张", "双", "套", "部",  # notebooks, sheets, pairs, sets, machines
    ),
    neutral=("盒", "袋", "份", "桶", "包", "提"),
    either=("件",),
    by_the_piece=(
        r"散装?", r"零售装?", r"零卖", r"拆零", r"拆箱", r"零拿", r"不要整箱", r"不要整件",
        r"唔(?:使|要|需要?)(?:成|整)(?:箱|件)",
        r"按(?:个|瓶|支|罐|只|袋|包|盒|台|件|條|条)(?:要|拿|买|订|算)",
        r"单(?:个|瓶|支|罐|只|袋|包|盒|台|件|樽|部|把)装?", r"单品",
    ),
    by_the_case=(r"按(?:箱|件)(?:要|拿|买|订|算)?", r"整[箱件](?:要|拿|买|订|发|出)"),
    variant_suffixes=(r"[（(]\d+[件瓶个罐包盒袋]装[)）]$", r"(?:家庭装|大包装|特惠装)$"),
    pack_size=(
        r"每\s*(?:箱|件|盒|包|袋|提)\s*(?:装\s*)?(?:有\s*)?(?P<size>\d+|[一二两三四五六七八九十]+)"
        r"\s*[瓶个罐听支包盒袋只]?",
        # (on one line: "二十六瓶⏎一箱沐浴露" is two items)
        r"(?P<size>\d+|[一二两三四五六七八九十]+)[ \t]*[瓶个罐听支包盒袋件只樽部把条本台双套张]"
        r"[ \t]*/?[ \t]*(?:一|每)?[ \t]*(?:装|箱)(?!\d)",
        # 12入×4箱: twelve pieces to a case (Taiwan).
        r"(?<![\d.])(?P<size>\d+)\s*[瓶个罐听支包盒袋只台]?\s*入",
        # 2箱×12包: twelve to the case.
        r"(?<=箱)\s*[x×*]\s*(?P<size>\d+)\s*[瓶个罐听支包盒袋只台把条本]",
        # 四提（一提12瓶）: twelve to a pack.
        # (not across a table's columns, nor "1<TAB>箱<TAB>12个/箱": one case, twelve to it)
        r"(?<!\d)[一1] *(?:箱|件|提|盒|包) *(?P<size>\d+|[一二两三四五六七八九十]+)"
        # (not "芝麻酱1箱 11瓶生抽酱油": a count of the next goods, their name right after it)
        r" *[瓶个罐听支包盒袋只台部把条本](?!\s*/)(?![ \t]*(?![的装])[\u4e00-\u9fffa-z])",
    ),
    supplier_cues={
        "shortage": (
            r"缺货", r"库存不[够足]", r"先发一部分", r"补发", r"剩下的.{0,4}补", r"只能先发",
            r"无法全部", r"不能全部", r"差额", r"下批补", r"分批", r"断货", r"(?:只)?到了一部分",
            r"部分到货", r"缺的", r"等下一批", r"部分出货", r"余数.{0,8}补",
            r"发一半", r"余下的?.{0,8}补", r"原料还?没到", r"过(?:阵子|几天|两天)补",
            r"断供", r"欠货", r"有货的部分", r"现货部分", r"补齐",
            r"不够了?", r"等新货", r"po\d+缺",
        ),
        "delivery_date": (
            r"延迟", r"延期", r"晚几天", r"要晚", r"改到.{0,8}送", r"推迟", r"交期", r"顺延",
            r"改期", r"延后", r"推后", r"排不上", r"改.{0,10}(?:到货|送到|到)",
            r"耽误", r"最快.{0,12}才能", r"才能(?:到|送到|发)", r"晚到", r"赶不上",
            r"延误", r"(?:送达|到货|配送|交货)时间.{0,4}调整",
            r"(?:交货|到货|送货)日期(?:变更|更改|调整)", r"产能不足",
        ),
        "price_change": (
            r"调价", r"涨价", r"涨到", r"价格调整", r"调整供货价", r"供货价", r"调整为", r"上调",
            r"下调", r"新价格", r"价格(?:变动|有变|上涨)",
            r"新单价", r"原单价", r"价目表", r"加价", r"由.{0,30}加到",
            r"单价调为", r"调到\s*\d", r"(?:之前|原来|原价)(?:一直)?是\s*\d",
            # 起价 (a rise, in Malaysian and Cantonese use); "从19.12起到21.18": from one price up
            # to another.
            r"起价", r"(?:从|由)\s*\d+(?:\.\d+)?.{0,4}(?:起到|升到|提到|调到|改到)\s*\d",
        ),
        "invoice": (
            r"发票", r"账期", r"货款", r"开票", r"对账", r"付款期限", r"应付", r"请款", r"付款到期",
            r"票(?:已经?|都)?开(?:好|出|具)?了", r"开好了?票", r"结一下",
        ),
        "order_confirmation": (
            r"已收到贵司采购单", r"收到了", r"按期备货", r"没问题", r"订单确认", r"已接单",
            r"接单确认", r"已(?:收到并)?确认", r"安排.{0,10}(?:送货|发货|交货)", r"已安排",
            # (not a delivery day changed: "交货日期变更", "变更后交货日期", "排产顺延")
            r"排产(?!顺延|延后|推迟|不足)", r"收到[，,].{0,16}(?:送到|送货|发货|到货)",
            r"(?<!变更后)(?<!调整后)交货日期(?!变更|更改|调整|顺延)", r"录入系统", r"到仓",
            r"已收到", r"将于.{0,12}(?:送货|发货|交货)",
            r"排上了", r"排好了", r"收到啦", r"这单收到", r"给您送过去", r"放心",
        ),
    },
    customer_cues={
        "cancel_order": (r"取消", r"不要了", r"撤销", r"作废", r"撤(?:了|掉|回)"),
        "complaint": (
            r"还没收到", r"没收到", r"还没到", r"未收到", r"怎么还没", r"还没(?:见到|看到)",
            r"未收货", r"仍未(?:收到|到货|送达|到)",
            r"就该到", r"应该(?:早)?到了", r"查一下.{0,8}物流", r"物流.{0,6}(?:到哪|怎么)",
            r"都没(?:送来|到)", r"没送来", r"给个说法", r"(?:还|都)没(?:来|送到)",
            r"的货呢", r"[说讲]好.{0,12}到", r"(?:到而家|到现在)都?(?:未|没)到",
            r"催(?:了|货)|在催", r"至今未(?:到|收到|送达)",
        ),
        # 再来一批 is a new order; "by the way, N more" right after one adds to it.
        # 补3箱可乐，一起送: three more cases, shipped with what was ordered (补货 restocks).
        "add_to_order": (
            r"再加", r"那单加", r"刚才那单", r"^\s*对了", r"^\s*补(?!货)", r"再补", r"也加",
            r"漏了", r"忘了", r"一(?:起|齐)(?:送|发|寄)", r"加多", r"上(?:一|次|个)单",
            r"再.{0,3}加",
            r"^(?:\[[^\]]*\]\s*)?\W*(?:哦|啊|嗯)?\s*对了", r"一块儿?(?:送|发)", r"^\s*还有",
            r"(?:^|[，,]\s*)加\s*[\d一二两三四五六七八九十]",
            r"^\s*追加", r"也来\s*[\d一二两三四五六七八九十]", r"跟刚才的?一起",
            r"再来\s*[\d一二两三四五六七八九十]+\s*(?:箱|件|瓶|个|支|包|盒)",
            r"^\s*(?:啊|哦|噢|嗯)\s*对(?:了|哦|啊)?(?:\s|[，,])",
            # "中性笔也要三箱，同一车送就好": more, on the same truck
            r"也要\s*[\d一二两三四五六七八九十]", r"同一(?:车|批|趟)",
        ),
        "payment_promise": (
            r"安排付款", r"打过去", r"会.{0,6}付款", r"转账", r"汇款", r"结清", r"排在.{0,10}付",
            r"(?:安排|准备).{0,8}付", r"付款(?:日期|时间)", r"(?:号|日)付(?!款提醒)",
            r"转(?:给)?你", r"打给你", r"(?:号|日)(?:前)?(?:转|打|结)(?:账|款|过去)?",
            r"付款申请", r"到账", r"汇出", r"过数",
            # "总部财务统一在20250116付款", "我一月十五号给你转过去"
            r"(?:在|于)[^，。,\n]{0,16}(?:付款|付清|打款|转账|汇款)", r"[转汇]过去",
            r"给你们?(?:转|打|汇|付)",
            r"(?:将于|会在|将在).{0,20}支付", r"付款批次",
            r"再等.{0,2}天", r"排期", r"付款.{0,6}排",
            # Malaysian and Singapore English for a transfer, kept in Chinese
            r"\bbank(?:ed)? ?in\b",
        ),
    },
    postscript=(r"附言", r"补充一下", r"p\.?\s?s\b"),
    conditional=(r"如果", r"的话", r"假如"),
)  # fmt: skip

LEXICONS: tuple[Lexicon, ...] = (EN, ZH)


def words(kind: str) -> tuple[str, ...]:
    """One kind of unit word from every language, longest first."""
    found = {w for lex in LEXICONS for w in getattr(lex, kind)}
    return tuple(sorted(found, key=len, reverse=True))


def cue_patterns(group: str) -> dict[str, re.Pattern[str]]:
    """intent -> one pattern over every language's cue words for that intent."""
    merged: dict[str, list[str]] = {}
    for lex in LEXICONS:
        for intent, cues in getattr(lex, group).items():
            merged.setdefault(intent, []).extend(cues)
    return {intent: re.compile("|".join(cues)) for intent, cues in merged.items()}


VARIANT_SUFFIX = re.compile(
    "|".join(s for lex in LEXICONS for s in lex.variant_suffixes), re.IGNORECASE
)

PACK_SIZE = tuple(re.compile(s) for lex in LEXICONS for s in lex.pack_size)

POSTSCRIPT = re.compile(
    r"^[ \t]*(?:" + "|".join(p for lex in LEXICONS for p in lex.postscript) + r")[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
BY_THE_PIECE = re.compile(
    "|".join(p for lex in LEXICONS for p in lex.by_the_piece), re.IGNORECASE | re.MULTILINE
)
BY_THE_CASE = re.compile(
    "|".join(p for lex in LEXICONS for p in lex.by_the_case), re.IGNORECASE | re.MULTILINE
)
CONDITIONAL = re.compile("|".join(c for lex in LEXICONS for c in lex.conditional))
