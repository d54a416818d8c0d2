namespace Sleuth.Bench.Corpus;

/// <summary>A verb in the forms the sentence patterns need.</summary>
internal sealed record Verb(string Base, string Past, string Participle)
{
    /// <summary>Third person singular present, for headlines ("council approves").</summary>
    public string Present
    {
        get
        {
            if (Base.EndsWith('s') || Base.EndsWith("sh", StringComparison.Ordinal) || Base.EndsWith("ch", StringComparison.Ordinal) || Base.EndsWith('x'))
            {
                return Base + "es";
            }
            if (Base.Length > 1 && Base.EndsWith('y') && !"aeiou".Contains(Base[^2]))
            {
                return Base[..^1] + "ies";
            }
            return Base + "s";
        }
    }
}

/// <summary>
/// The vocabulary of the generated corpus, kept as data in one place. Every name is invented by
/// combining common first and last names with made-up towns and organisations.
/// </summary>
internal static class WordLists
{
    public static readonly string[] FirstNamesFemale = Split("""
        Ada Agnes Alma Amira Anika Beatrix Bella Bryony Carla Celia Clara Dagny Delphine Edda Elena Elise
        Esme Fenna Flora Freya Gemma Greta Hana Hedda Imogen Ines Iris Isla Jana Juno Kira Lara Leona Lidia
        Lorna Lucia Maeve Marit Marta Mina Mira Nadia Nell Nora Olive Orla Petra Philippa Priya Rhea Rosa
        Ruth Saskia Selma Signe Sofia Tamsin Tess Thea Una Vera Willa Yara Zelda Zora
        """);

    public static readonly string[] FirstNamesMale = Split("""
        Abel Alden Anders Anton Arlo Bastian Bruno Callum Casimir Cyrus Dario Declan Dmitri Edgar Elias Emil
        Ewan Fabian Felix Florin Gideon Gustav Hamish Hugo Idris Ivo Jasper Joel Jonas Kasper Kenji Lars
        Leopold Luca Magnus Malik Marius Mateo Milo Nico Niall Oren Oscar Otto Pavel Quentin Rafael Rowan
        Rufus Silas Soren Stellan Tobias Tomasz Ulric Viggo Wendell Xavier Yusuf Zane
        """);

    public static readonly string[] LastNames = Split("""
        Abernethy Ackland Alcott Ashdown Barrowman Bexley Blackwood Brantley Callander Carver Castellan Chisholm
        Corrigan Crane Dalgleish Darrow Delacroix Dunmore Eastwick Elmsley Fairbanks Farrow Fenwick Galloway
        Garrick Gilchrist Greaves Halloran Harcourt Hartigan Holloway Hurst Ingram Isherwood Jarrow Kavanagh
        Keswick Kilbride Lachlan Langford Larkin Lomax Lyndon Maddox Marchetti Merriweather Moreland Nairn
        Nettleton Novak Oakley Okonkwo Ormsby Pendleton Pickering Quarles Radcliffe Ramsay Redfern Rookwood
        Rushworth Salcombe Sandoval Selwyn Sheridan Stroud Tavistock Thackeray Thornbury Tolland Trevelyan
        Underhill Vasquez Varga Wainwright Wetherby Whitcombe Winslow Wrexham Yardley Zielinski
        """);

    public static readonly string[] Towns = Split("""
        Ashcombe Bramholt Brightwater Carrowmore Castlereach Dunhallow Eastmere Fallowfield Glenmarch Greyhaven
        Hollins Kestrel_Bay Kingsmere Larkspur Lowmoor Marlowe_Cross Millbrook Northgate Oakhaven Pellham
        Quarrytown Redmarsh Saltcote Shepton_Vale Stonebridge Thornwick Tidesend Upperford Westerly Wickham_Hill
        Willowmere Yarrowby
        """, underscoreIsSpace: true);

    public static readonly string[] Cities = Split("""
        Aldermouth Beaconsfield_Port Corrowdale Dunmarrow Everholt Fairhaven Harrowgate Lindisport Marchester Newhaven_City
        """, underscoreIsSpace: true);

    public static readonly string[] StreetNames = Split("""
        Acorn Bridge Chapel Church Cooper Dock Elm Ferry Foundry Garden Harbour High Hill King Lantern Market
        Mill Orchard Quarry Queen Rope Salt Station Tanner Victoria Water Weaver Wharf Wool
        """);

    public static readonly string[] StreetKinds = Split("Street Road Lane Avenue Row Terrace Way Close Hill Parade");

    public static readonly string[] OrganisationKinds = Split("""
        Borough_Council Water_Company Community_Trust Credit_Union Fire_Service Harbour_Board Health_Trust
        Housing_Association Chamber_of_Commerce School_Board Transport_Authority Library_Service Rowing_Club
        Historical_Society Football_Club Farmers_Cooperative Police_Division Ferry_Company District_Court Tenants_Union
        """, underscoreIsSpace: true);

    public static readonly string[] CompanyNames = Split("""
        Arden_Logistics Bellweather_Foods Blue_Heron_Systems Cobalt_Freight Copperline_Energy Driftwood_Press
        Ember_and_Oak Fernhill_Dairies Granite_Mutual Harbourlight_Media Ironbridge_Engineering Juniper_Health
        Kelpie_Marine Lodestar_Insurance Meridian_Textiles Northwind_Haulage Oakridge_Builders Pinecrest_Labs
        Quayside_Markets Riverstone_Bank Saltire_Brewing Tallow_and_Wick Upland_Quarries Vantage_Security
        """, underscoreIsSpace: true);

    public static readonly string[] Outlets = Split("""
        The_Ashcombe_Courier The_Northgate_Herald Saltcote_Evening_Post The_Greyhaven_Ledger Kingsmere_Gazette
        The_Valley_Chronicle Coastal_Observer The_Eastmere_Times Pellham_Weekly The_Thornwick_Sentinel
        Regional_Press_Wire Millbrook_Mercury The_Harbour_Bulletin Westerly_Standard
        """, underscoreIsSpace: true);

    public static readonly string[] Roles = Split("""
        chair treasurer spokeswoman spokesman director manager engineer inspector surveyor headteacher
        councillor nurse accountant caretaker harbourmaster secretary coordinator analyst foreman auditor
        archivist paramedic planner solicitor volunteer
        """);

    public static readonly string[] KinshipFemale = Split("sister mother daughter cousin aunt wife partner niece");

    public static readonly string[] KinshipMale = Split("brother father son cousin uncle husband partner nephew");

    /// <summary>Things a story is about; singular nouns that take "the".</summary>
    public static readonly string[] Nouns = Split("""
        proposal budget bridge ferry library school clinic warehouse contract licence inquiry report survey
        pipeline reservoir harbour market festival shelter roof road bypass tunnel quarry mill factory garage
        depot station platform timetable fare tariff subsidy grant loan pension lease permit petition ballot
        vote meeting hearing appeal verdict sentence fine penalty complaint investigation audit review plan
        scheme project programme policy strategy agreement deal merger takeover dispute strike protest
        campaign fundraiser auction exhibition concert match season league trophy stadium pitch pavilion
        theatre museum gallery archive collection manuscript letter diary photograph recording footage camera
        alarm fire flood storm outage leak spill collapse crash accident injury rescue evacuation search
        shortage surplus deficit increase decrease delay closure opening expansion renovation extension
        development estate allotment park playground footpath cycleway junction roundabout crossing
        pier jetty lighthouse boathouse slipway trawler cargo shipment delivery order invoice payment refund
        salary wage bonus contractor supplier tenant landlord resident visitor witness suspect defendant
        """);

    public static readonly string[] PluralNouns = Split("""
        residents families workers volunteers students teachers nurses drivers fishermen farmers shopkeepers
        tenants passengers commuters visitors officials councillors inspectors engineers campaigners witnesses
        """);

    public static readonly string[] Adjectives = Split("""
        new old local regional national revised delayed controversial disputed popular unpopular expensive
        costly cheap modest ambitious cautious urgent routine unexpected sudden gradual long short brief
        lengthy detailed confidential public private official unofficial temporary permanent seasonal annual
        monthly weekly early late final initial second third previous former current proposed approved
        rejected unfinished damaged flooded abandoned historic modern crowded empty quiet busy narrow wide
        northern southern eastern western coastal rural central independent joint separate serious minor
        major significant careful thorough hasty reluctant generous strict fair unfair anonymous
        """);

    public static readonly Verb[] Verbs = ParseVerbs("""
        approve/approved accept/accepted reject/rejected announce/announced delay/delayed cancel/cancelled
        review/reviewed inspect/inspected fund/funded block/blocked support/supported oppose/opposed
        question/questioned criticise/criticised defend/defended praise/praised publish/published
        release/released withdraw/withdrew/withdrawn sign/signed discuss/discussed consider/considered
        complete/completed open/opened close/closed repair/repaired replace/replaced expand/expanded
        reduce/reduced increase/increased investigate/investigated examine/examined report/reported
        confirm/confirmed deny/denied dispute/disputed propose/proposed request/requested order/ordered
        build/built sell/sold buy/bought lose/lost win/won find/found leave/left take/took/taken
        give/gave/given write/wrote/written break/broke/broken choose/chose/chosen begin/began/begun
        lead/led hold/held send/sent spend/spent raise/raised lower/lowered restore/restored
        redesign/redesigned postpone/postponed extend/extended share/shared collect/collected recover/recovered
        describe/described welcome/welcomed challenge/challenged overturn/overturned renew/renewed
        """);

    /// <summary>Past participles that fit a group of people as the subject of a passive.</summary>
    public static readonly string[] PeopleParticiples = Split("""
        evacuated interviewed rehoused contacted injured questioned consulted warned moved invited employed
        treated rescued surveyed laid_off
        """, underscoreIsSpace: true);

    /// <summary>Verbs that introduce reported speech; the engine's attribution cues.</summary>
    public static readonly string[] SayVerbs = Split("said said said said added told_reporters explained warned claimed insisted noted admitted", underscoreIsSpace: true);

    public static readonly string[] Months = Split("January February March April May June July August September October November December");

    public static readonly string[] MonthAbbreviations = Split("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.");

    public static readonly string[] Weekdays = Split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");

    public static readonly string[] LaterPhrases = Split("""
        Two_days_later A_week_later The_following_morning By_the_weekend Later_that_evening Earlier_this_month
        Last_year Since_then In_the_meantime Three_weeks_later
        """, underscoreIsSpace: true);

    public static readonly string[] Numbers = Split("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty");

    public static readonly string[] Reasons = Split("""
        because_of_rising_costs after_a_long_dispute out_of_concern_for_safety to_save_money because_of_the_weather
        after_complaints_from_residents because_the_funding_ran_out for_lack_of_evidence out_of_frustration
        to_meet_the_deadline
        """, underscoreIsSpace: true);

    public static readonly string[] Subheadings = Split("""
        What_happened Background What_residents_say The_council's_response What_comes_next Who_is_involved
        The_figures Reaction Why_it_matters Timeline The_investigation Questions_remain
        """, underscoreIsSpace: true);

    private static string[] Split(string text, bool underscoreIsSpace = false) =>
        text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => underscoreIsSpace ? w.Replace('_', ' ') : w)
            .ToArray();

    private static Verb[] ParseVerbs(string text) =>
        Split(text)
            .Select(entry => entry.Split('/'))
            .Select(forms => new Verb(forms[0], forms[1], forms.Length > 2 ? forms[2] : forms[1]))
            .ToArray();
}
