package io.newsflow.ingest.dedup;

/**
 * Hand-written test stories in Arabic, English and French: for each language a story, the same story
 * rewritten as another agency would (other sentences and order, same facts, names and numbers), and an
 * unrelated story of the same kind.
 */
public final class StoryPairs {

    public static final String EN_STORY = """
            Magnitude 6.1 earthquake hits eastern Turkey, killing at least 14
            A magnitude 6.1 earthquake struck the eastern Turkish province of Malatya early on Tuesday, killing at \
            least 14 people and injuring more than 200, the disaster agency AFAD said. The quake hit at 04:12 local \
            time at a depth of 10 kilometres near the town of Pütürge. Rescue teams searched collapsed buildings in \
            Malatya and neighbouring Elazığ, where dozens of homes were damaged. Interior Minister Ali Yerlikaya said \
            42 aftershocks had been recorded and urged residents to stay out of damaged buildings.""";

    public static final String EN_REWRITE = """
            At least 14 dead as 6.1 quake strikes Turkey's Malatya province
            At least 14 people were killed and over 200 injured when an earthquake of magnitude 6.1 shook Malatya \
            province in eastern Turkey on Tuesday morning, according to Turkey's disaster agency AFAD. The tremor \
            struck at 04:12 at a depth of 10 km close to Pütürge. Search and rescue crews worked through collapsed \
            buildings in Malatya and nearby Elazığ, where dozens of houses were damaged. Interior Minister Ali \
            Yerlikaya said 42 aftershocks were recorded and told residents not to enter damaged buildings.""";

    public static final String EN_UNRELATED = """
            EU sanctions Iranian officials over drone supplies to Russia
            The European Union on Monday imposed sanctions on six Iranian officials and three companies accused of \
            supplying drones to Russia for use in Ukraine. The measures freeze the assets of those listed and ban \
            them from travelling to the bloc, the Council of the EU said in a statement. Iran's foreign ministry \
            condemned the decision as unjustified and said Tehran would respond. Diplomats in Brussels said further \
            listings were being prepared against people involved in the drone programme.""";

    public static final String FR_STORY = """
            Marseille : six personnes interpellées dans un trafic d'armes vers la Libye
            Six personnes ont été interpellées mardi à Marseille dans le cadre d'une enquête sur un trafic d'armes à \
            destination de la Libye, a annoncé le parquet. Les enquêteurs ont saisi une vingtaine de fusils d'assaut, \
            des munitions et 150 000 euros en liquide lors de perquisitions dans les quartiers nord de la ville. Le \
            réseau aurait expédié les armes par conteneurs depuis le port de Marseille-Fos. Les suspects, âgés de 24 \
            à 51 ans, ont été placés en garde à vue à l'Évêché.""";

    public static final String FR_REWRITE = """
            Trafic d'armes vers la Libye : six interpellations à Marseille
            Le parquet de Marseille a annoncé mardi l'interpellation de six personnes soupçonnées d'avoir participé \
            à un trafic d'armes vers la Libye. Lors des perquisitions menées dans les quartiers nord, les enquêteurs \
            ont saisi une vingtaine de fusils d'assaut, des munitions ainsi que 150 000 euros en liquide. Selon \
            l'enquête, les armes partaient par conteneurs du port de Marseille-Fos. Âgés de 24 à 51 ans, les six \
            suspects ont été placés en garde à vue à l'Évêché.""";

    public static final String FR_UNRELATED = """
            Le Sénégal et la Mauritanie signent à Dakar un accord sur la pêche et le gaz
            Le président sénégalais et son homologue mauritanien ont signé jeudi à Dakar un accord de coopération \
            portant sur la pêche et l'exploitation du champ gazier commun. Le texte prévoit l'octroi de licences de \
            pêche réciproques et un partage des revenus du gaz entre les deux pays. Les deux dirigeants ont salué \
            une étape importante pour la stabilité de la région et annoncé une commission mixte.""";

    public static final String AR_STORY = """
            تنسيق دفاعي أوروبي جديد في روما لدعم أوكرانيا
            تستضيف العاصمة الإيطالية روما يوم الجمعة اجتماعا لوزراء دفاع خمس دول أوروبية لبحث تنسيق الدعم العسكري \
            لأوكرانيا. وقالت وزارة الدفاع الإيطالية إن الوزير غيدو كروزيتو دعا نظراءه من ألمانيا وفرنسا وبولندا \
            والمملكة المتحدة إلى الاجتماع، وهو الرابع بعد لقاءات برلين ووارسو وباريس. ويتناول الاجتماع تعزيز \
            الصناعات الدفاعية الأوروبية وزيادة إنتاج الذخيرة.""";

    public static final String AR_REWRITE = """
            روما تحتضن اجتماعا لوزراء دفاع خمس دول أوروبية لدعم أوكرانيا
            أعلنت وزارة الدفاع الإيطالية أن الوزير غيدو كروزيتو دعا وزراء دفاع ألمانيا وفرنسا وبولندا والمملكة \
            المتحدة إلى اجتماع في روما يوم الجمعة لبحث تنسيق الدعم العسكري لأوكرانيا. ويعد هذا الاجتماع الرابع \
            بعد لقاءات برلين ووارسو وباريس، ومن المنتظر أن يتناول تعزيز الصناعات الدفاعية الأوروبية وزيادة إنتاج \
            الذخيرة.""";

    public static final String AR_UNRELATED = """
            القبض على شبكة لتهريب الوقود في البصرة
            أعلنت السلطات العراقية القبض على شبكة لتهريب الوقود في محافظة البصرة، وضبط صهاريج محملة بالديزل كانت \
            معدة للتهريب عبر الحدود. وقال مسؤول أمني إن أفراد الشبكة أحيلوا إلى القضاء، وإن التحقيقات مستمرة لكشف \
            جميع المتورطين في عمليات التهريب من مستودعات المحافظة.""";

    private StoryPairs() {
    }
}
